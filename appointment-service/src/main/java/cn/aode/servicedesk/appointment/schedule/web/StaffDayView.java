package cn.aode.servicedesk.appointment.schedule.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.aode.servicedesk.appointment.schedule.Span;
import cn.aode.servicedesk.appointment.schedule.StaffDay;

/**
 * A staff member's day as the console shows it.
 *
 * @param from the day's start (midnight, Asia/Shanghai)
 * @param to the next midnight
 */
record StaffDayView(String staffId, LocalDate date, Instant from, Instant to, List<BusyView> busy,
		List<FreeView> free) {

	/** A span an accepted appointment holds. */
	record BusyView(Instant start, Instant end, UUID appointmentId, String number) {
	}

	/** A span without any appointment. */
	record FreeView(Instant start, Instant end) {

		static FreeView of(Span span) {
			return new FreeView(span.start(), span.end());
		}

	}

	static StaffDayView of(StaffDay day) {
		return new StaffDayView(day.staffId(), day.date(), day.day().start(), day.day().end(),
				day.busy()
					.stream()
					.map(booking -> new BusyView(booking.span().start(), booking.span().end(), booking.appointmentId(),
							booking.number()))
					.toList(),
				day.free().stream().map(FreeView::of).toList());
	}

}
