package cn.aode.servicedesk.specialist.staff;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a staff member's record: a penalty or commendation, why (the rule), what
 * follows (the consequence), where it came from and who recorded it.
 */
public record StaffRecordEntry(UUID id, String staffId, RecordEntryKind kind, String rule, String consequence,
		RecordSource source, String detail, String caseRef, Instant recordedAt, String recordedBy, UUID sourceEventId) {
}
