package cn.aode.servicedesk.appointment.request;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Embedded;

import cn.aode.servicedesk.appointment.schedule.Span;

/**
 * What an accepted request fixes (APT-6): time and place, the staff member who serves it,
 * standing in for the customer's specialist or not (and then why), and the span it holds
 * for them.
 *
 * @param span null for appointments accepted before spans were held
 */
record AgreedAppointment(Instant agreedTime, String place, String staffId, Boolean substitute, String substituteReason,
		@Embedded.Nullable(prefix = "span_") Span span) {

	AgreedAppointment rescheduled(Instant to, Span newSpan) {
		return new AgreedAppointment(to, place, staffId, substitute, substituteReason, newSpan);
	}

}
