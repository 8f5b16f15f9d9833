package cn.aode.servicedesk.appointment.request;

import java.time.Instant;

/**
 * What is asked for: kind (APT-1), reason (APT-2), channel (APT-4), the matter to handle,
 * the address of a home visit and the time the applicant would like.
 */
public record RequestDetails(AppointmentKind kind, AppointmentReason reason, String reasonDetail,
		RequestChannel channel, String matter, String address, Instant preferredTime) {
}
