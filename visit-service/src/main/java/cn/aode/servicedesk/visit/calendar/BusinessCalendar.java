package cn.aode.servicedesk.visit.calendar;

import java.time.LocalDate;

/** Which days are working days, weekends and holidays (VST-6). */
public interface BusinessCalendar {

	BusinessDay day(LocalDate date);

}
