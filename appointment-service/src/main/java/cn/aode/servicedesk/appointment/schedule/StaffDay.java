package cn.aode.servicedesk.appointment.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.aode.servicedesk.platform.cases.CaseNumbers;

/**
 * A staff member's day (Asia/Shanghai) for the console: the spans accepted appointments
 * hold, in time order, and the free spans between them.
 */
public record StaffDay(String staffId, LocalDate date, Span day, List<Booking> busy, List<Span> free) {

	/** The day's spans from the bookings that overlap it. */
	public static StaffDay of(String staffId, LocalDate date, List<Booking> bookings) {
		Span day = dayOf(date);
		List<Booking> busy = bookings.stream()
			.filter(booking -> booking.span().overlaps(day))
			.sorted((a, b) -> a.span().start().compareTo(b.span().start()))
			.toList();
		List<Span> free = new ArrayList<>();
		Instant from = day.start();
		for (Booking booking : busy) {
			if (booking.span().start().isAfter(from)) {
				free.add(new Span(from, booking.span().start()));
			}
			if (booking.span().end().isAfter(from)) {
				from = booking.span().end();
			}
		}
		if (from.isBefore(day.end())) {
			free.add(new Span(from, day.end()));
		}
		return new StaffDay(staffId, date, day, busy, List.copyOf(free));
	}

	/** The business day from midnight to midnight. */
	public static Span dayOf(LocalDate date) {
		return new Span(date.atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant(),
				date.plusDays(1).atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant());
	}

}
