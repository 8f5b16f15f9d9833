package cn.aode.servicedesk.events.appointment;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * An accepted appointment was moved to another time agreed with the applicant (改约), by
 * the applicant or the service center; the same staff member keeps it (APT-6).
 *
 * @param appointmentId the appointment's id in appointment-service
 * @param number its human-facing number, e.g. {@code YY20261127-0003}
 * @param customerId the CRM's id of the applicant, or null when the applicant is not a
 * known customer
 * @param kind {@code HALL} (预约, at the service hall) or {@code HOME_VISIT} (上门)
 * @param matter what the applicant came for, in their words
 * @param reason why an appointment (APT-2): {@code URGENT_TIME_LIMIT},
 * {@code CANNOT_COME_IN_WORKING_HOURS}, {@code FIXED_TIME_REQUIRED} or {@code OTHER}
 * @param agreedTime the new time agreed with the applicant
 * @param place the agreed place: the hall's window or the address visited
 * @param staffId the serving staff member
 * @param status the appointment's status after the change, {@code ACCEPTED}
 * @param previousAgreedTime the time it was agreed for until now
 * @param rescheduledBy the staff id, or {@code customer:<CRM id>} when the applicant
 * moved it
 * @param rescheduleReason why
 */
public record AppointmentRescheduled(UUID eventId, Instant occurredAt, UUID appointmentId, String number,
		String customerId, String kind, String matter, String reason, Instant agreedTime, String place, String staffId,
		String status, Instant previousAgreedTime, String rescheduledBy,
		String rescheduleReason) implements IntegrationEvent {

	public static final String TYPE = "appointment.rescheduled";

	@Override
	public String aggregateId() {
		return appointmentId.toString();
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.APPOINTMENT_EVENTS;
	}

}
