package cn.aode.servicedesk.complaint.procedure;

import java.util.List;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * How a complaint came in (CMP-2): who received it in which department, what it is about.
 *
 * @param receivedBy the staff member who recorded it, or null when the customer filed it
 * @param department the receiving department (any department records a walk-in complaint)
 * @param subject whom or what it is about (a staff member, a matter, an appointment or
 * notice number), or null
 * @param attachments references to what the complainant handed in (photos, letters,
 * recordings), kept where documents are kept
 * @param appointment the appointment it is about (APT-12), or null
 */
public record Intake(String receivedBy, @Column("receiving_department") String department, ComplaintCategory category,
		String subject, List<String> attachments,
		@Embedded.Nullable(prefix = "appointment_") ConcernedAppointment appointment) {

	public Intake {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

}
