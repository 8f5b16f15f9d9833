package cn.aode.servicedesk.deadline.clock.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.deadline.clock.ClockRequest;
import cn.aode.servicedesk.deadline.clock.DeadlineClockService;
import cn.aode.servicedesk.deadline.clock.DeadlineSource;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.platform.inbox.InboundEvents;

/**
 * Starts a clock for every {@code deadline.requested} and stops it on
 * {@code deadline.satisfied}, once per event.
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
				request -> clocks.start(new ClockRequest(request.subject(), request.title(), request.policy(),
						request.startsAt(), source(request.source()), request.responsibleStaffId(),
						request.department(), request.writtenReplyRequired(), request.eventId())));
		inbound.handle("deadline-clock-satisfy", record, DeadlineSatisfied.TYPE, DeadlineSatisfied.class,
				this::satisfied);
	}

	private void satisfied(DeadlineSatisfied satisfied) {
		clocks.satisfy(satisfied.subject(), satisfied.resultTold());
	}

	private static DeadlineSource source(String name) {
		try {
			return name == null ? DeadlineSource.SERVICE_RULE : DeadlineSource.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return DeadlineSource.SERVICE_RULE;
		}
	}

}
