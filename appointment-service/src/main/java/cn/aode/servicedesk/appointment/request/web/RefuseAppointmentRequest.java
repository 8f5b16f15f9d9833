package cn.aode.servicedesk.appointment.request.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.appointment.request.Refusal;

/**
 * Refusing a request (APT-7). Reason and approval are checked by the rule, so that a
 * missing one is answered with the rule's 422 rather than a bare validation error.
 */
record RefuseAppointmentRequest(@Size(max = 1000) String reason, @Size(max = 64) String approvedBy,
		@NotBlank @Size(max = 64) String answeredBy) {

	Refusal refusal() {
		return new Refusal(reason, approvedBy, answeredBy);
	}

}
