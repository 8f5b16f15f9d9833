package cn.aode.servicedesk.deadline.clock;

import java.time.Instant;

/** When a clock runs out and warns, and whether it has warned for this due time. */
record Schedule(Instant dueAt, Instant warnAt, boolean warned) {

	static Schedule of(DueTimes times) {
		return new Schedule(times.dueAt(), times.warnAt(), false);
	}

	/** New times; a moved due time may warn again. */
	Schedule rescheduled(DueTimes times) {
		return new Schedule(times.dueAt(), times.warnAt(), warned && times.dueAt().equals(dueAt));
	}

}
