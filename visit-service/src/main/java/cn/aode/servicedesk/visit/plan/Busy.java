package cn.aode.servicedesk.visit.plan;

import java.time.Instant;

/** A time the customer said they are busy (VST-6): no visit is proposed in it. */
public record Busy(Instant from, Instant to) {

	boolean overlaps(Instant start, Instant end) {
		return from.isBefore(end) && start.isBefore(to);
	}

}
