package cn.aode.servicedesk.complaint.procedure.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.complaint.procedure.ComplaintService;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.visit.VisitRecorded;
import cn.aode.servicedesk.platform.inbox.InboundEvents;

/** Archives or reopens a complaint once its revisit is recorded, once per event. */
@Component
class VisitRecordedListener {

	private final InboundEvents inbound;

	private final ComplaintService complaints;

	VisitRecordedListener(InboundEvents inbound, ComplaintService complaints) {
		this.inbound = inbound;
		this.complaints = complaints;
	}

	@KafkaListener(topics = Topics.VISIT_EVENTS)
	void on(ConsumerRecord<String, byte[]> record) {
		inbound.handle("complaint-revisit-result", record, VisitRecorded.TYPE, VisitRecorded.class,
				complaints::revisited);
	}

}
