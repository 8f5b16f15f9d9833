package cn.aode.servicedesk.events.staff;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * A policy area asks for a penalty or a commendation on a staff member's record: the X-2
 * contract every area uses for the penalties and commendations that no dedicated event
 * already carries (e.g. NTC-7 repeat trips, APT-13 refusals without reason, AST exam
 * results). specialist-service records each event once.
 *
 * @param staffId staff id of the staff member the entry is about
 * @param kind {@code PENALTY} or {@code COMMENDATION}
 * @param rule the policy rule id behind the entry, e.g. {@code NTC-7}
 * @param area the publishing service, e.g. {@code notice-service}; recorded as who
 * recorded the entry
 * @param caseRef the human-facing number of the case the entry concerns
 * @param consequence what follows, in the DL-6 style (e.g. {@code CRITICISM},
 * {@code ECONOMIC_PENALTY}), or null
 * @param detail what happened, in Chinese, as staff read it on the record
 */
public record StaffRecordEntryRequested(UUID eventId, Instant occurredAt, String staffId, String kind, String rule,
		String area, String caseRef, String consequence, String detail) implements IntegrationEvent {

	public static final String TYPE = "staff.record-entry-requested";

	@Override
	public String aggregateId() {
		return staffId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.STAFF_RECORD_REQUESTS;
	}

}
