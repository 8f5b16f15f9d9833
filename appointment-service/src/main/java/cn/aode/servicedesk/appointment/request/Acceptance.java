package cn.aode.servicedesk.appointment.request;

import java.time.Instant;

/**
 * The service center's yes (APT-6): the time and place agreed with the applicant and,
 * when not the customer's own specialist, the staff member who serves them.
 *
 * @param place where; blank for a home visit at the applicant's address
 * @param staffId who serves it; blank for the customer's own specialist
 * @param assignmentReason why another staff member than the customer's specialist serves
 * it (临时调配); required then
 */
public record Acceptance(Instant agreedTime, String place, String staffId, String assignmentReason, String answeredBy,
		String note) {
}
