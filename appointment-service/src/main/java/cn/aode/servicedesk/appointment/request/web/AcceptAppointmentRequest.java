package cn.aode.servicedesk.appointment.request.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.appointment.request.Acceptance;

/**
 * Accepting a request (APT-6): what was agreed with the applicant.
 *
 * @param staffId who serves it; missing for the customer's own specialist
 */
record AcceptAppointmentRequest(@NotNull Instant agreedTime, @Size(max = 300) String place,
		@Size(max = 64) String staffId, @NotBlank @Size(max = 64) String answeredBy, @Size(max = 1000) String note) {

	Acceptance acceptance() {
		return new Acceptance(agreedTime, place, staffId, answeredBy, note);
	}

}
