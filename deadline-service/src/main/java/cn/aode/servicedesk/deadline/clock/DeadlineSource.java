package cn.aode.servicedesk.deadline.clock;

import cn.aode.servicedesk.platform.cases.Label;

/** Where a time limit comes from (DL-2). */
public enum DeadlineSource implements Label.Labelled {

	CUSTOMER_PROMISE("对客户承诺的时间", "Promised to the customer"), PUBLIC_COMMITMENT("公司公开承诺", "Public commitment"),
	LEADER_INSTRUCTION("领导批办", "Leader's instruction"), MEETING_DECISION("会议决定", "Meeting decision"),
	CUSTOMER_FEEDBACK("客户反馈时限", "Customer feedback with a time limit"), SERVICE_RULE("服务制度规定", "Service rule"),
	NO_LIMIT_GIVEN("未规定时限（3个工作日）", "No limit given (3 working days)");

	private final String zh;

	private final String en;

	DeadlineSource(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	@Override
	public String zh() {
		return zh;
	}

	@Override
	public String en() {
		return en;
	}

}
