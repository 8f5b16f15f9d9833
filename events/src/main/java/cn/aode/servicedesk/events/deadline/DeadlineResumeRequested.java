package cn.aode.servicedesk.events.deadline;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * What a paused clock waited for came (the authority decided); deadline-service resumes
 * the clock of the same subject from {@code occurredAt}, its due time moved by the paused
 * time.
 */
public record DeadlineResumeRequested(UUID eventId, Instant occurredAt,
		DeadlineSubject subject) implements IntegrationEvent {

	public static final String TYPE = "deadline.resume-requested";

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
