package cn.aode.servicedesk.complaint.procedure;

import org.springframework.data.relational.core.mapping.Column;

/**
 * How a complaint came in (CMP-2): who received it in which department, what it is about.
 *
 * @param receivedBy the staff member who recorded it, or null when the customer filed it
 * @param department the receiving department (any department records a walk-in complaint)
 * @param subject whom or what it is about (a staff member, a matter, an appointment or
 * notice number), or null
 */
public record Intake(String receivedBy, @Column("receiving_department") String department, ComplaintCategory category,
		String subject) {
}
