package cn.aode.servicedesk.specialist.evaluation.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.visit.SatisfactionCode;
import cn.aode.servicedesk.events.visit.VisitRecorded;
import cn.aode.servicedesk.platform.inbox.EventValues;
import cn.aode.servicedesk.platform.inbox.InboundEvents;
import cn.aode.servicedesk.specialist.evaluation.AnnualEvaluation;

/**
 * Counts every recorded return visit (VST-8) for the evaluation's satisfaction rate, once
 * per event. A satisfaction this service does not know makes the event malformed: it goes
 * to the dead-letter topic at once instead of counting as dissatisfied. Nothing else in
 * this service reads the topic, so the service's own consumer group serves.
 */
@Component
class VisitRecordedListener {

	private final InboundEvents inbound;

	private final AnnualEvaluation evaluation;

	VisitRecordedListener(InboundEvents inbound, AnnualEvaluation evaluation) {
		this.inbound = inbound;
		this.evaluation = evaluation;
	}

	@KafkaListener(topics = Topics.VISIT_EVENTS)
	void on(ConsumerRecord<String, byte[]> record) {
		inbound.handle("evaluation-visit-results", record, VisitRecorded.TYPE, VisitRecorded.class, visit -> evaluation
			.visited(visit, EventValues.enumValue(SatisfactionCode.class, visit.satisfaction(), "satisfaction")));
	}

}
