package cn.aode.servicedesk.specialist.staff.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.complaint.ComplaintFindingCode;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.platform.inbox.EventValues;
import cn.aode.servicedesk.platform.inbox.InboundEvents;
import cn.aode.servicedesk.platform.inbox.MalformedEventException;
import cn.aode.servicedesk.specialist.staff.StaffService;

/**
 * Puts every complaint upheld against a staff member (CMP-5) on their record (X-2,
 * APT-13), once per event. A finding this service does not know, or a staff member at
 * fault without a staff id, makes the event malformed: it goes to the dead-letter topic
 * at once instead of being guessed.
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
				resolved -> staff.recordUpheldComplaint(resolved, finding(resolved)));
	}

	/** Null for complaints handled before findings were recorded. */
	private static ComplaintFindingCode finding(ComplaintResolved resolved) {
		if (resolved.finding() == null) {
			return null;
		}
		ComplaintFindingCode finding = EventValues.enumValue(ComplaintFindingCode.class, resolved.finding(), "finding");
		if (finding == ComplaintFindingCode.STAFF_AT_FAULT && !StringUtils.hasText(resolved.staffAtFault())) {
			throw new MalformedEventException(ComplaintResolved.TYPE + " " + resolved.eventId()
					+ " finds a staff member at fault but names no staffAtFault", null);
		}
		return finding;
	}

}
