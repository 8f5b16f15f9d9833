package cn.aode.servicedesk.specialist.need;

import cn.aode.servicedesk.platform.cases.Label;

/** What a line of the customer's file records. */
public enum FileEntryKind implements Label.Labelled {

	NEED_SUBMITTED("提交需求", "Need submitted"), PART_COMPLETED("部门办结", "Department answered"),
	NEED_ANSWERED("集中反馈", "Answered together"), SERVICE_LOG("服务日志", "Service log");

	private final String zh;

	private final String en;

	FileEntryKind(String zh, String en) {
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
