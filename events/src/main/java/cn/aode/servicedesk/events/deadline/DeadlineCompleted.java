package cn.aode.servicedesk.events.deadline;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * A clock's matter was completed, on time or late: what staff evaluations (SPC-7) count.
 *
 * @param onTime completed by the due time and never breached
 */
public record DeadlineCompleted(UUID eventId, Instant occurredAt, UUID clockId, DeadlineSubject subject,
		String responsibleStaffId, String department, Instant dueAt, boolean onTime) implements IntegrationEvent {

	public static final String TYPE = "deadline.completed";

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
