package cn.aode.servicedesk.events.complaint;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * A complaint was registered (受理) and now has a number and a handler to come.
 *
 * @param complaintNumber the human-facing number, e.g. {@code TS20261127-0001}
 * @param customerId CRM id of the complaining customer, if known
 * @param channel how it arrived, e.g. {@code PHONE}
 * @param appointmentId the appointment the complaint is about (APT-12), or null; added
 * later: null in older events
 * @param appointmentNumber that appointment's number as the complainant gave it (e.g.
 * {@code YY20261127-0003}), or null; added later
 */
public record ComplaintAccepted(UUID eventId, Instant occurredAt, UUID complaintId, String complaintNumber,
		String customerId, String channel, String summary, UUID appointmentId,
		String appointmentNumber) implements IntegrationEvent {

	public static final String TYPE = "complaint.accepted";

	/** A complaint about no appointment, as producers wrote it before APT-12. */
	public ComplaintAccepted(UUID eventId, Instant occurredAt, UUID complaintId, String complaintNumber,
			String customerId, String channel, String summary) {
		this(eventId, occurredAt, complaintId, complaintNumber, customerId, channel, summary, null, null);
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
