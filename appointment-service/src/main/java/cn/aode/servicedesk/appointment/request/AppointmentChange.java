package cn.aode.servicedesk.appointment.request;

import java.time.Instant;

/**
 * One entry of an appointment's history (变更记录): accepted, rescheduled or cancelled, by
 * whom and why, and the time and staff member it left.
 *
 * @param changedBy the staff id, or {@code customer:<CRM id>} when the applicant changed
 * it
 * @param reason why; for an acceptance by another staff member than the customer's
 * specialist, why they were assigned temporarily (临时调配)
 */
public record AppointmentChange(ChangeKind kind, String changedBy, Instant changedAt, String reason, Instant agreedTime,
		String staffId) {
}
