package cn.aode.servicedesk.events.deadline;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * A clock was started; {@code dueAt} is when the limit runs out on the business calendar.
 */
public record DeadlineScheduled(UUID eventId, Instant occurredAt, UUID clockId, DeadlineSubject subject, String policy,
		Instant dueAt, String responsibleStaffId, String department) implements IntegrationEvent {

	public static final String TYPE = "deadline.scheduled";

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
