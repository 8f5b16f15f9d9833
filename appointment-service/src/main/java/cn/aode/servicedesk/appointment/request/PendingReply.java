package cn.aode.servicedesk.appointment.request;

import java.time.Instant;

/**
 * A request still waiting for the service center's answer, with when the answer is due
 * (APT-5).
 *
 * @param replyDueAt null until deadline-service has scheduled the clock
 */
public record PendingReply(AppointmentRequest request, Instant replyDueAt) {
}
