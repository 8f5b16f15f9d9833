package cn.aode.servicedesk.specialist.staff;

import cn.aode.servicedesk.platform.cases.Label;

/** Where a staff record entry came from. */
public enum RecordSource implements Label.Labelled {

	DEADLINE_VIOLATION("限时办结违规", "Deadline violation"),
	DISCIPLINARY_DECISION("部门处理决定", "Department's disciplinary decision"),
	ANNUAL_COMMENDATION("年度表扬", "Annual commendation");

	private final String zh;

	private final String en;

	RecordSource(String zh, String en) {
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
