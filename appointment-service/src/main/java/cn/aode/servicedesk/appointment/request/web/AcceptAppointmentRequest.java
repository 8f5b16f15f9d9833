package cn.aode.servicedesk.appointment.request.web;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.appointment.request.Acceptance;

/**
 * Accepting a request (APT-6): what was agreed with the applicant.
 *
 * @param staffId who serves it; missing for the customer's own specialist
 * @param assignmentReason why another staff member than the customer's specialist serves
 * it (临时调配); a missing one is answered with the rule's 422
 */
record AcceptAppointmentRequest(@NotNull Instant agreedTime, @Size(max = 300) String place,
		@Size(max = 64) String staffId, @Size(max = 500) String assignmentReason, @Size(max = 1000) String note) {

	/** What was agreed, answered by the staff member whose token sent it. */
	Acceptance acceptance(String answeredBy) {
		return new Acceptance(agreedTime, place, staffId, assignmentReason, answeredBy, note);
	}

}
