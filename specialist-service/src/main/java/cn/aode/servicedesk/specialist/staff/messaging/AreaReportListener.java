package cn.aode.servicedesk.specialist.staff.messaging;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.platform.inbox.EventValues;
import cn.aode.servicedesk.platform.inbox.InboundEvents;
import cn.aode.servicedesk.platform.inbox.MalformedEventException;
import cn.aode.servicedesk.specialist.staff.RecordEntryKind;
import cn.aode.servicedesk.specialist.staff.StaffService;

/**
 * Puts every penalty and commendation a policy area reports on the staff member's record
 * once per event. A report without a known kind, a rule, a staff id, an area, a
 * detail or the time it happened, or with a value longer than its
 * {@code staff_record_entry} column, can never be recorded: it is malformed and goes to
 * the dead-letter topic at once. A staff id not known here is recorded all the same, as
 * deadline violations are. Nothing else in this service reads the topic, so the service's
 * own consumer group serves.
 */
@Component
class AreaReportListener {

	private final InboundEvents inbound;

	private final StaffService staff;

	AreaReportListener(InboundEvents inbound, StaffService staff) {
		this.inbound = inbound;
		this.staff = staff;
	}

	@KafkaListener(topics = Topics.STAFF_RECORD_REQUESTS)
	void on(ConsumerRecord<String, byte[]> record) {
		inbound.handle("staff-record-area-reports", record, StaffRecordEntryRequested.TYPE,
				StaffRecordEntryRequested.class, requested -> staff.recordAreaReport(recordable(requested),
						EventValues.enumValue(RecordEntryKind.class, requested.kind(), "kind")));
	}

	private static StaffRecordEntryRequested recordable(StaffRecordEntryRequested requested) {
		List<String> problems = new ArrayList<>();
		if (!StringUtils.hasText(requested.rule())) {
			problems.add("no rule");
		}
		if (!StringUtils.hasText(requested.staffId())) {
			problems.add("no staffId");
		}
		if (!StringUtils.hasText(requested.area())) {
			problems.add("no area");
		}
		if (!StringUtils.hasText(requested.detail())) {
			problems.add("no detail");
		}
		if (requested.occurredAt() == null) {
			problems.add("no occurredAt");
		}
		tooLong(problems, "staffId", requested.staffId(), 64);
		tooLong(problems, "rule", requested.rule(), 16);
		tooLong(problems, "consequence", requested.consequence(), 32);
		tooLong(problems, "area", requested.area(), 64);
		tooLong(problems, "caseRef", requested.caseRef(), 200);
		tooLong(problems, "detail", requested.detail(), 2000);
		if (!problems.isEmpty()) {
			throw new MalformedEventException(StaffRecordEntryRequested.TYPE + " " + requested.eventId()
					+ " cannot be recorded: " + String.join(", ", problems), null);
		}
		return requested;
	}

	/**
	 * The limits are those of the staff_record_entry columns the values land in, counted
	 * in characters as PostgreSQL counts them.
	 */
	private static void tooLong(List<String> problems, String field, String value, int limit) {
		if (value != null && value.codePointCount(0, value.length()) > limit) {
			problems.add(field + " is longer than " + limit + " characters");
		}
	}

}
