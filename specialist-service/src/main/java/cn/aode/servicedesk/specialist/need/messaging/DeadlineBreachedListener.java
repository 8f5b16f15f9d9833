package cn.aode.servicedesk.specialist.need.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.deadline.DeadlineBreached;
import cn.aode.servicedesk.platform.inbox.InboundEvents;
import cn.aode.servicedesk.specialist.need.NeedService;

/**
 * Marks the need part whose clock ran out (SPC-4), once per event. It has a consumer
 * group of its own: the staff record and the evaluation read the same topic and each must
 * see every record.
 */
@Component
class DeadlineBreachedListener {

	private final InboundEvents inbound;

	private final NeedService needs;

	DeadlineBreachedListener(InboundEvents inbound, NeedService needs) {
		this.inbound = inbound;
		this.needs = needs;
	}

	@KafkaListener(topics = Topics.DEADLINE_EVENTS, groupId = "${spring.application.name}-need-breaches")
	void on(ConsumerRecord<String, byte[]> record) {
		inbound.handle("need-deadline-breaches", record, DeadlineBreached.TYPE, DeadlineBreached.class,
				needs::breached);
	}

}
