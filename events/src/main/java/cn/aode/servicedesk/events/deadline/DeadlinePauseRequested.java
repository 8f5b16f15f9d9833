package cn.aode.servicedesk.events.deadline;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * The service that asked for a clock is waiting on someone outside its control (an
 * authority deciding a permit, the customer's materials); deadline-service pauses the
 * clock of the same subject from {@code occurredAt}, and the paused time does not count.
 *
 * @param reason why the clock waits, for the people who read it
 */
public record DeadlinePauseRequested(UUID eventId, Instant occurredAt, DeadlineSubject subject,
		String reason) implements IntegrationEvent {

	public static final String TYPE = "deadline.pause-requested";

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
