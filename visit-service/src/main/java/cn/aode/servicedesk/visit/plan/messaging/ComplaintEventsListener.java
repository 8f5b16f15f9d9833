package cn.aode.servicedesk.visit.plan.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.platform.inbox.InboundEvents;
import cn.aode.servicedesk.visit.plan.VisitPlanService;

/** Plans a complaint revisit for every handled complaint (VST-4), once per event. */
@Component
class ComplaintEventsListener {

	private final InboundEvents inbound;

	private final VisitPlanService plans;

	ComplaintEventsListener(InboundEvents inbound, VisitPlanService plans) {
		this.inbound = inbound;
		this.plans = plans;
	}

	@KafkaListener(topics = Topics.COMPLAINT_EVENTS)
	void on(ConsumerRecord<String, byte[]> record) {
		inbound.handle("complaint-revisit-planning", record, ComplaintResolved.TYPE, ComplaintResolved.class,
				plans::planComplaintRevisit);
	}

}
