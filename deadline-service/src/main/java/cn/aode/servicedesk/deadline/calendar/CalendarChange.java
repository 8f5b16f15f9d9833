package cn.aode.servicedesk.deadline.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One audited change of the calendar: who, when, why, what, and how many open clocks it
 * moved.
 */
public record CalendarChange(long id, Instant changedAt, String changedBy, String reason, CalendarChangeKind kind,
		int year, LocalDate day, DayKind before, DayKind after, int clocksMoved) {
}
