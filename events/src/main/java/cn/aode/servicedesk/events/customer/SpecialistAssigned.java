package cn.aode.servicedesk.events.customer;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * A staff member became a dedicated specialist (服务专员) of a customer (SPC-1, SPC-6), so
 * other services can default to them (e.g. APT-6).
 *
 * @param crmId the CRM's id of the customer
 * @param staffId the specialist
 * @param assignedBy who made the assignment
 */
public record SpecialistAssigned(UUID eventId, Instant occurredAt, String crmId, String staffId,
		String assignedBy) implements IntegrationEvent {

	public static final String TYPE = "specialist.assigned";

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
