package cn.aode.servicedesk.appointment.request.web;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.appointment.request.AppointmentRequest;
import cn.aode.servicedesk.appointment.request.PendingReply;
import cn.aode.servicedesk.platform.cases.Label;

/**
 * A request waiting for the service center's answer, as the console lists it.
 *
 * @param replyDueAt when the answer is due (APT-5, from deadline-service); null until it
 * has scheduled the clock
 */
record PendingReplyView(UUID id, String number, Label kind, Label status, String applicantName, boolean specialCare,
		String matter, Instant receivedAt, Instant replyDueAt) {

	static PendingReplyView of(PendingReply pending) {
		AppointmentRequest request = pending.request();
		return new PendingReplyView(request.id(), request.number(), Label.of(request.details().kind()),
				Label.of(request.status()), request.applicant().name(), request.applicant().specialCare(),
				request.details().matter(), request.receivedAt(), pending.replyDueAt());
	}

}
