package cn.aode.servicedesk.events.deadline;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * A DL-5 violation against a staff member, with the DL-6 consequence, for the staff
 * record.
 */
public record DeadlineViolationRecorded(UUID eventId, Instant occurredAt, UUID clockId, DeadlineSubject subject,
		String staffId, String department, String violation, String consequence,
		String detail) implements IntegrationEvent {

	public static final String TYPE = "deadline.violation-recorded";

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
