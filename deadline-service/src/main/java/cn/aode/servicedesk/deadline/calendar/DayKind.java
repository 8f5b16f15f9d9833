package cn.aode.servicedesk.deadline.calendar;

import cn.aode.servicedesk.platform.cases.Label;

/** What kind of day a date is on the business calendar. */
public enum DayKind implements Label.Labelled {

	WORKDAY, WEEKEND, HOLIDAY, MAKEUP_WORKDAY;

	public boolean isWorking() {
		return this == WORKDAY || this == MAKEUP_WORKDAY;
	}

}
