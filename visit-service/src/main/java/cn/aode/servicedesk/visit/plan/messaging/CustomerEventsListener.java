package cn.aode.servicedesk.visit.plan.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.customer.CustomerUpserted;
import cn.aode.servicedesk.platform.inbox.InboundEvents;
import cn.aode.servicedesk.visit.plan.VisitPlanService;

/**
 * Plans the maintenance visit of a connected customer (VST-3) and the after-sales
 * schedule of an accepted project (VST-2) from the CRM's customers, once per event; the
 * plans themselves are once per customer and fact date, however often the CRM re-sends.
 */
@Component
class CustomerEventsListener {

	private final InboundEvents inbound;

	private final VisitPlanService plans;

	CustomerEventsListener(InboundEvents inbound, VisitPlanService plans) {
		this.inbound = inbound;
		this.plans = plans;
	}

	@KafkaListener(topics = Topics.CUSTOMER_EVENTS)
	void on(ConsumerRecord<String, byte[]> record) {
		inbound.handle("customer-visit-planning", record, CustomerUpserted.TYPE, CustomerUpserted.class,
				plans::planFromCustomer);
	}

}
