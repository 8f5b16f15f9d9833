package cn.aode.servicedesk.visit.plan.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.visit.plan.Busy;
import cn.aode.servicedesk.visit.plan.Rearrangement;

/**
 * Who visits and when, arranged again (VST-5, VST-6): another visitor, a time chosen (or
 * none: the first free one is proposed), whether the customer asked for a time outside
 * their windows, and the times the customer said they are busy.
 */
record ArrangeVisitRequest(@Size(max = 64) String visitorStaffId, Instant scheduledFor, Boolean customerAsked,
		@Size(max = 50) List<@NotNull @Valid BusyPeriod> busy) {

	Rearrangement rearrangement() {
		return new Rearrangement(visitorStaffId, scheduledFor, Boolean.TRUE.equals(customerAsked),
				busy == null ? List.of() : busy.stream().map(period -> new Busy(period.from(), period.to())).toList());
	}

	/** A time the customer is busy. */
	record BusyPeriod(@NotNull Instant from, @NotNull Instant to) {

		@AssertTrue(message = "from must be before to")
		boolean isOrdered() {
			return from == null || to == null || from.isBefore(to);
		}

	}

}
