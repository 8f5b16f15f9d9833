package cn.aode.servicedesk.events.appointment;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * A reminder of an accepted appointment is due: sent once per configured lead time before
 * the agreed time (e.g. a day and an hour before), for whoever tells the applicant and
 * the staff member.
 *
 * @param appointmentId the appointment's id in appointment-service
 * @param number its human-facing number, e.g. {@code YY20261127-0003}
 * @param customerId the CRM's id of the applicant, or null when the applicant is not a
 * known customer
 * @param kind {@code HALL} (预约, at the service hall) or {@code HOME_VISIT} (上门)
 * @param matter what the applicant came for, in their words
 * @param reason why an appointment (APT-2): {@code URGENT_TIME_LIMIT},
 * {@code CANNOT_COME_IN_WORKING_HOURS}, {@code FIXED_TIME_REQUIRED} or {@code OTHER}
 * @param agreedTime the time agreed with the applicant
 * @param place the agreed place: the hall's window or the address visited
 * @param staffId the serving staff member
 * @param status the appointment's status after the change, e.g. {@code ACCEPTED}
 * @param lead how long before the agreed time this reminder is, ISO-8601 (e.g.
 * {@code PT24H}); one reminder per lead and agreed time
 * @param applicantName whom to remind
 * @param applicantPhone the applicant's phone number
 */
public record AppointmentReminderDue(UUID eventId, Instant occurredAt, UUID appointmentId, String number,
		String customerId, String kind, String matter, String reason, Instant agreedTime, String place, String staffId,
		String status, String lead, String applicantName, String applicantPhone) implements IntegrationEvent {

	public static final String TYPE = "appointment.reminder-due";

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
