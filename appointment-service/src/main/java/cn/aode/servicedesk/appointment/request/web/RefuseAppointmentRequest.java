package cn.aode.servicedesk.appointment.request.web;

import jakarta.validation.constraints.Size;

/**
 * Proposing to refuse a request (APT-7): the reason to tell the applicant. A missing
 * reason is answered with the rule's 422 rather than a bare validation error.
 */
record RefuseAppointmentRequest(@Size(max = 1000) String reason) {

}
