package cn.aode.servicedesk.events.deadline;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * A service promised a time limit and asks deadline-service to watch it.
 *
 * @param policy ISO-8601-like limit: {@code P1WD} working days, {@code PT4WH} working
 * hours, {@code P3D} calendar days; null means the DL-3 default (3 working days, written
 * reply)
 * @param startsAt when the clock starts (usually when the request was received)
 * @param source why there is a limit (DL-2), e.g. {@code SERVICE_RULE},
 * {@code CUSTOMER_PROMISE}; required: a missing or unknown source is dead-lettered
 * @param responsibleStaffId who must act in time
 * @param department the responsible staff member's department
 */
public record DeadlineRequested(UUID eventId, Instant occurredAt, DeadlineSubject subject, String title, String policy,
		Instant startsAt, String source, String responsibleStaffId, String department,
		boolean writtenReplyRequired) implements IntegrationEvent {

	public static final String TYPE = "deadline.requested";

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
