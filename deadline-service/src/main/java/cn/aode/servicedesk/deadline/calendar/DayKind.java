package cn.aode.servicedesk.deadline.calendar;

import cn.aode.servicedesk.platform.cases.Label;

/** What kind of day a date is on the business calendar. */
public enum DayKind implements Label.Labelled {

	WORKDAY("工作日", "Working day"), WEEKEND("休息日", "Weekend"), HOLIDAY("法定节假日", "Statutory holiday"),
	MAKEUP_WORKDAY("调休上班", "Make-up working day");

	private final String zh;

	private final String en;

	DayKind(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	public boolean isWorking() {
		return this == WORKDAY || this == MAKEUP_WORKDAY;
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
