package cn.aode.servicedesk.specialist.staff;

import cn.aode.servicedesk.platform.cases.Label;

/** Whether a staff record entry counts against or for the staff member. */
public enum RecordEntryKind implements Label.Labelled {

	PENALTY("处罚", "Penalty"), COMMENDATION("表扬", "Commendation");

	private final String zh;

	private final String en;

	RecordEntryKind(String zh, String en) {
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
