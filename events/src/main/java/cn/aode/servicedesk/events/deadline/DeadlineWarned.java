package cn.aode.servicedesk.events.deadline;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * A clock used up the warning share of its time (default 75%) and is not satisfied yet.
 */
public record DeadlineWarned(UUID eventId, Instant occurredAt, UUID clockId, DeadlineSubject subject, Instant dueAt,
		String responsibleStaffId, String department) implements IntegrationEvent {

	public static final String TYPE = "deadline.warned";

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
