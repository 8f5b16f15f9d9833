package cn.aode.servicedesk.events.complaint;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * A complaint was handled and the result fed back to the complainant (处理并反馈); the
 * complaint now waits for its return visit (回访, VST-4) before it can be archived.
 *
 * @param customerName whom to call back
 * @param customerPhone the number to call back
 * @param handledBy staff id of the handler
 * @param resolution what was done, as told to the complainant
 * @param finding what handling found: {@code STAFF_AT_FAULT} (a staff attitude or skill
 * problem, CMP-5), {@code COMPANY_RESPONSIBLE} or {@code NOT_COMPANY_RESPONSIBLE}
 * (CMP-6); null for complaints handled before findings were recorded
 * @param staffAtFault staff id of the staff member at fault when the finding is
 * {@code STAFF_AT_FAULT}, otherwise null
 * @param appointmentId the appointment the complaint is about (APT-12), or null; added
 * later: null in older events
 * @param appointmentNumber that appointment's number, which a staff record entry names
 * (APT-13), or null; added later
 */
public record ComplaintResolved(UUID eventId, Instant occurredAt, UUID complaintId, String complaintNumber,
		String customerId, String customerName, String customerPhone, String handledBy, String resolution,
		String finding, String staffAtFault, UUID appointmentId, String appointmentNumber) implements IntegrationEvent {

	public static final String TYPE = "complaint.resolved";

	/** A complaint about no appointment, as producers wrote it before APT-12. */
	public ComplaintResolved(UUID eventId, Instant occurredAt, UUID complaintId, String complaintNumber,
			String customerId, String customerName, String customerPhone, String handledBy, String resolution,
			String finding, String staffAtFault) {
		this(eventId, occurredAt, complaintId, complaintNumber, customerId, customerName, customerPhone, handledBy,
				resolution, finding, staffAtFault, null, null);
	}

	@Override
	public String aggregateId() {
		return complaintId.toString();
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.COMPLAINT_EVENTS;
	}

}
