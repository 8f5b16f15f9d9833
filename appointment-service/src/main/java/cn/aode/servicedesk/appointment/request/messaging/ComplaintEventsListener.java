package cn.aode.servicedesk.appointment.request.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.appointment.request.AppointmentComplaints;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.complaint.ComplaintAccepted;
import cn.aode.servicedesk.platform.inbox.InboundEvents;

/** Records complaints about appointments on them (APT-12), once per event. */
@Component
class ComplaintEventsListener {

	private final InboundEvents inbound;

	private final AppointmentComplaints complaints;

	ComplaintEventsListener(InboundEvents inbound, AppointmentComplaints complaints) {
		this.inbound = inbound;
		this.complaints = complaints;
	}

	@KafkaListener(topics = Topics.COMPLAINT_EVENTS)
	void on(ConsumerRecord<String, byte[]> record) {
		inbound.handle("appointment-complaints", record, ComplaintAccepted.TYPE, ComplaintAccepted.class,
				complaints::accepted);
	}

}
