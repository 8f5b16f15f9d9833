package cn.aode.servicedesk.events.customer;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * A staff member stopped being a specialist of a customer (SPC-6), so services that
 * default to the customer's specialist (e.g. APT-6) stop doing so.
 *
 * @param crmId the CRM's id of the customer
 * @param staffId the former specialist
 * @param endedBy who ended the assignment
 */
public record SpecialistAssignmentEnded(UUID eventId, Instant occurredAt, String crmId, String staffId, String endedBy,
		String reason) implements IntegrationEvent {

	public static final String TYPE = "specialist.assignment-ended";

	@Override
	public String aggregateId() {
		return crmId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.CUSTOMER_EVENTS;
	}

}
