package cn.aode.servicedesk.deadline.clock.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.deadline.clock.ClockRequest;
import cn.aode.servicedesk.deadline.clock.DeadlineClockService;
import cn.aode.servicedesk.deadline.clock.DeadlineSource;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.deadline.DeadlinePauseRequested;
import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineResumeRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.platform.inbox.EventValues;
import cn.aode.servicedesk.platform.inbox.InboundEvents;

/**
 * Starts a clock for every {@code deadline.requested}, stops it on
 * {@code deadline.satisfied} and pauses and resumes it on
 * {@code deadline.pause-requested} and {@code deadline.resume-requested}, once per event.
 * The DL-2 {@code source} is required by the contract (only {@code policy} is documented
 * as optional: null means the DL-3 default), so a missing or unknown source makes the
 * event malformed: it goes to the dead-letter topic at once instead of being guessed.
 */
@Component
class DeadlineRequestListener {

	private final InboundEvents inbound;

	private final DeadlineClockService clocks;

	DeadlineRequestListener(InboundEvents inbound, DeadlineClockService clocks) {
		this.inbound = inbound;
		this.clocks = clocks;
	}

	@KafkaListener(topics = Topics.DEADLINE_REQUESTS)
	void on(ConsumerRecord<String, byte[]> record) {
		inbound.handle("deadline-clock-start", record, DeadlineRequested.TYPE, DeadlineRequested.class,
				this::requested);
		inbound.handle("deadline-clock-satisfy", record, DeadlineSatisfied.TYPE, DeadlineSatisfied.class,
				this::satisfied);
		inbound.handle("deadline-clock-pause", record, DeadlinePauseRequested.TYPE, DeadlinePauseRequested.class,
				pause -> clocks.pause(pause.subject(), pause.reason(), pause.occurredAt()));
		inbound.handle("deadline-clock-resume", record, DeadlineResumeRequested.TYPE, DeadlineResumeRequested.class,
				resume -> clocks.resume(resume.subject(), resume.occurredAt()));
	}

	private void requested(DeadlineRequested request) {
		clocks.start(new ClockRequest(request.subject(), request.title(), request.policy(), request.startsAt(),
				EventValues.enumValue(DeadlineSource.class, request.source(), "source"), request.responsibleStaffId(),
				request.department(), request.writtenReplyRequired(), request.eventId()));
	}

	private void satisfied(DeadlineSatisfied satisfied) {
		clocks.satisfy(satisfied.subject(), satisfied.resultTold(), satisfied.occurredAt());
	}

}
