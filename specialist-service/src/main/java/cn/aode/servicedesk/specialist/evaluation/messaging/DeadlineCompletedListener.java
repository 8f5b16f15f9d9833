package cn.aode.servicedesk.specialist.evaluation.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.deadline.DeadlineCompleted;
import cn.aode.servicedesk.platform.inbox.InboundEvents;
import cn.aode.servicedesk.specialist.evaluation.AnnualEvaluation;

/**
 * Counts every completed deadline for the evaluation, once per event. It has a consumer
 * group of its own: the staff record reads the same topic and each must see every record.
 */
@Component
class DeadlineCompletedListener {

	private final InboundEvents inbound;

	private final AnnualEvaluation evaluation;

	DeadlineCompletedListener(InboundEvents inbound, AnnualEvaluation evaluation) {
		this.inbound = inbound;
		this.evaluation = evaluation;
	}

	@KafkaListener(topics = Topics.DEADLINE_EVENTS, groupId = "${spring.application.name}-evaluation")
	void on(ConsumerRecord<String, byte[]> record) {
		inbound.handle("evaluation-deadline-results", record, DeadlineCompleted.TYPE, DeadlineCompleted.class,
				evaluation::completed);
	}

}
