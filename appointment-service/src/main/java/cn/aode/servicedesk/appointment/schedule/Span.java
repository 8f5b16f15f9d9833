package cn.aode.servicedesk.appointment.schedule;

import java.time.Instant;

/**
 * A half-open time span {@code [start, end)} a staff member is held by an appointment, as
 * PostgreSQL's {@code tstzrange(start, end, '[)')}.
 */
public record Span(Instant start, Instant end) {

	public Span {
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("A span ends after it starts: " + start + " – " + end);
		}
	}

	public boolean overlaps(Span other) {
		return start.isBefore(other.end) && other.start.isBefore(end);
	}

}
