package cn.aode.servicedesk.events.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * A customer from the company CRM was created or changed in specialist-service, so other
 * services can keep their own copy of what they need (the ID number never travels).
 *
 * @param crmId the CRM's id of the customer, the system of record's key
 * @param kind {@code HOUSEHOLD} or {@code ENTERPRISE}
 * @param specialCare elderly, weak, sick or disabled (老弱病残): a priority flag (APT-3)
 * @param hasGasNeed the customer has a gas need or intent and must have a specialist
 * (SPC-1)
 * @param warrantyEndsOn the last day of the accepted project's warranty (质保期), as the CRM
 * keeps it per project; null when it keeps none (added later: null in older events)
 */
public record CustomerUpserted(UUID eventId, Instant occurredAt, String crmId, String kind, String name, String phone,
		String address, boolean specialCare, String preferredContactWindows, LocalDate gasConnectedOn,
		LocalDate projectAcceptedOn, boolean hasGasNeed, LocalDate warrantyEndsOn) implements IntegrationEvent {

	public static final String TYPE = "customer.upserted";

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
