package cn.aode.servicedesk.deadline.clock;

import cn.aode.servicedesk.platform.cases.Label;

/** The DL-5 violations. */
public enum ViolationKind implements Label.Labelled {

	OVERDUE_WITHOUT_REASON("超时且无正当理由", "Overdue without a justified reason"),
	RESULT_NOT_TOLD("未在时限内告知结果", "Result not told within the limit"),
	ANSWER_NOT_AS_COMMITTED("答复与承诺不符", "Answer not as committed");

	private final String zh;

	private final String en;

	ViolationKind(String zh, String en) {
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
