package cn.aode.servicedesk.deadline.calendar;

/**
 * Something computed from the calendar that must follow its changes, e.g. the due times
 * of open deadline clocks.
 */
public interface CalendarDependent {

	/**
	 * Recomputes what depends on the calendar after an amendment of one year, in the
	 * amendment's transaction.
	 * @return how many items changed
	 */
	int calendarAmended(BusinessCalendar updated, int year);

}
