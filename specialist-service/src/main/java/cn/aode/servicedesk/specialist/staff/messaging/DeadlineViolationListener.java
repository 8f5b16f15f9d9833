package cn.aode.servicedesk.specialist.staff.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.deadline.ConsequenceCode;
import cn.aode.servicedesk.events.deadline.DeadlineViolationRecorded;
import cn.aode.servicedesk.events.deadline.ViolationCode;
import cn.aode.servicedesk.platform.inbox.EventValues;
import cn.aode.servicedesk.platform.inbox.InboundEvents;
import cn.aode.servicedesk.specialist.staff.StaffService;

/**
 * Puts every DL-5 violation on the staff member's record, once per event. A
 * violation or DL-6 consequence this service does not know makes the event malformed: it
 * goes to the dead-letter topic at once.
 */
@Component
class DeadlineViolationListener {

	private final InboundEvents inbound;

	private final StaffService staff;

	DeadlineViolationListener(InboundEvents inbound, StaffService staff) {
		this.inbound = inbound;
		this.staff = staff;
	}

	@KafkaListener(topics = Topics.DEADLINE_EVENTS)
	void on(ConsumerRecord<String, byte[]> record) {
		inbound.handle("staff-record-deadline-violations", record, DeadlineViolationRecorded.TYPE,
				DeadlineViolationRecorded.class, violation -> {
					// a violation kind this service does not know makes the event
					// malformed
					EventValues.enumValue(ViolationCode.class, violation.violation(), "violation");
					staff.recordViolation(violation,
							EventValues.enumValue(ConsequenceCode.class, violation.consequence(), "consequence"));
				});
	}

}
