package cn.aode.servicedesk.events.deadline;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * A clock ran out before the matter was completed (DL-1); escalation starts with the
 * responsible staff (DL-4).
 */
public record DeadlineBreached(UUID eventId, Instant occurredAt, UUID clockId, DeadlineSubject subject, Instant dueAt,
		String responsibleStaffId, String department, int escalationLevel,
		String escalatedTo) implements IntegrationEvent {

	public static final String TYPE = "deadline.breached";

	@Override
	public String aggregateId() {
		return clockId.toString();
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.DEADLINE_EVENTS;
	}

}
