package cn.aode.servicedesk.appointment.request.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.appointment.request.ReplyDeadlines;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.deadline.DeadlineScheduled;
import cn.aode.servicedesk.platform.inbox.InboundEvents;

/** Keeps when each request's answer is due, once per scheduled clock. */
@Component
class DeadlineEventsListener {

	private final InboundEvents inbound;

	private final ReplyDeadlines deadlines;

	DeadlineEventsListener(InboundEvents inbound, ReplyDeadlines deadlines) {
		this.inbound = inbound;
		this.deadlines = deadlines;
	}

	@KafkaListener(topics = Topics.DEADLINE_EVENTS)
	void on(ConsumerRecord<String, byte[]> record) {
		inbound.handle("reply-deadlines", record, DeadlineScheduled.TYPE, DeadlineScheduled.class,
				deadlines::scheduled);
	}

}
