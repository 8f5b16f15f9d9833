package cn.aode.servicedesk.specialist.staff.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.platform.inbox.InboundEvents;
import cn.aode.servicedesk.specialist.staff.StaffService;

/**
 * Puts every complaint upheld against a staff member (CMP-5) on their record (X-2,
 * APT-13), once per event.
 */
@Component
class ComplaintResolvedListener {

	private final InboundEvents inbound;

	private final StaffService staff;

	ComplaintResolvedListener(InboundEvents inbound, StaffService staff) {
		this.inbound = inbound;
		this.staff = staff;
	}

	@KafkaListener(topics = Topics.COMPLAINT_EVENTS)
	void on(ConsumerRecord<String, byte[]> record) {
		inbound.handle("staff-record-upheld-complaints", record, ComplaintResolved.TYPE, ComplaintResolved.class,
				staff::recordUpheldComplaint);
	}

}
