package cn.aode.servicedesk.deadline.calendar;

import cn.aode.servicedesk.platform.cases.Label;

/** What an audited calendar change did. */
public enum CalendarChangeKind implements Label.Labelled {

	SEEDED("导入官方日历", "Official calendar imported"), YEAR_ANNOUNCED("公布年度安排", "Year announced or replaced"),
	DAY_SET("调整日期", "Day amended");

	private final String zh;

	private final String en;

	CalendarChangeKind(String zh, String en) {
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
