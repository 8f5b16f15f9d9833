package cn.aode.servicedesk.visit.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One date on the business calendar: whether staff work, whether it is a statutory
 * holiday (节假日) and its name; {@code estimate} when the calendar could not be read (or
 * the year is not announced) and the date is judged as an ordinary week day.
 */
public record BusinessDay(LocalDate date, boolean working, boolean holiday, String name, boolean estimate) {

	/**
	 * An ordinary week's day: Monday to Friday are working days, nothing is a holiday.
	 */
	public static BusinessDay ordinary(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return new BusinessDay(date, day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY, false, null, true);
	}

}
