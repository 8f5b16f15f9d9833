package cn.aode.servicedesk.deadline.calendar;

import cn.aode.servicedesk.platform.cases.Label;

/** What an audited calendar change did. */
public enum CalendarChangeKind implements Label.Labelled {

	SEEDED, YEAR_ANNOUNCED, DAY_SET

}
