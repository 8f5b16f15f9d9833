package cn.aode.servicedesk.deadline.calendar;

/** Lets tests of other packages use the calendar built from the official data. */
public final class OfficialCalendarDataAccess {

	private OfficialCalendarDataAccess() {
	}

	public static BusinessCalendar calendar() {
		return OfficialCalendarData.calendar(false);
	}

}
