package cn.aode.servicedesk.visit.customer.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.complaint.ComplaintAccepted;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.events.customer.CustomerUpserted;
import cn.aode.servicedesk.events.customer.SpecialistAssigned;
import cn.aode.servicedesk.events.customer.SpecialistAssignmentEnded;
import cn.aode.servicedesk.platform.inbox.InboundEvents;
import cn.aode.servicedesk.visit.customer.Customers;

/**
 * Applies customers, their specialists and their complaints to the local projection, once
 * each, in consumer groups of their own (planning reads the same topics).
 */
@Component
class CustomerProjectionListener {

	private static final String CONSUMER = "customer-projection";

	private final InboundEvents inbound;

	private final Customers customers;

	CustomerProjectionListener(InboundEvents inbound, Customers customers) {
		this.inbound = inbound;
		this.customers = customers;
	}

	@KafkaListener(topics = Topics.CUSTOMER_EVENTS, groupId = "${spring.application.name}-customer-projection")
	void onCustomer(ConsumerRecord<String, byte[]> record) {
		if (!inbound.handle(CONSUMER, record, CustomerUpserted.TYPE, CustomerUpserted.class, customers::upserted)
				&& !inbound.handle(CONSUMER, record, SpecialistAssigned.TYPE, SpecialistAssigned.class,
						customers::assigned)) {
			inbound.handle(CONSUMER, record, SpecialistAssignmentEnded.TYPE, SpecialistAssignmentEnded.class,
					customers::ended);
		}
	}

	@KafkaListener(topics = Topics.COMPLAINT_EVENTS, groupId = "${spring.application.name}-customer-complaints")
	void onComplaint(ConsumerRecord<String, byte[]> record) {
		if (!inbound.handle(CONSUMER, record, ComplaintAccepted.TYPE, ComplaintAccepted.class,
				customers::complaintAccepted)) {
			inbound.handle(CONSUMER, record, ComplaintResolved.TYPE, ComplaintResolved.class,
					customers::complaintResolved);
		}
	}

}
