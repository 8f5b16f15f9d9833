package cn.aode.servicedesk.appointment.specialist.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.platform.projection.CustomerSpecialists;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.customer.SpecialistAssigned;
import cn.aode.servicedesk.events.customer.SpecialistAssignmentEnded;
import cn.aode.servicedesk.platform.inbox.InboundEvents;

/** Applies specialist assignments and their ends to the local projection, once each. */
@Component
class CustomerEventsListener {

	private final InboundEvents inbound;

	private final CustomerSpecialists projection;

	CustomerEventsListener(InboundEvents inbound, CustomerSpecialists projection) {
		this.inbound = inbound;
		this.projection = projection;
	}

	@KafkaListener(topics = Topics.CUSTOMER_EVENTS)
	void on(ConsumerRecord<String, byte[]> record) {
		if (!inbound.handle("customer-specialists", record, SpecialistAssigned.TYPE, SpecialistAssigned.class,
				projection::assigned)) {
			inbound.handle("customer-specialists", record, SpecialistAssignmentEnded.TYPE,
					SpecialistAssignmentEnded.class, projection::ended);
		}
	}

}
