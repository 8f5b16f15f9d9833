package cn.aode.servicedesk.events.deadline;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * The service that asked for a clock completed the matter; deadline-service stops the
 * clock of the same subject.
 *
 * @param resultTold whether the result was told to the party (DL-5: not telling it is a
 * violation when a written reply was required)
 */
public record DeadlineSatisfied(UUID eventId, Instant occurredAt, DeadlineSubject subject,
		boolean resultTold) implements IntegrationEvent {

	public static final String TYPE = "deadline.satisfied";

	@Override
	public String aggregateId() {
		return subject.key();
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.DEADLINE_REQUESTS;
	}

}
