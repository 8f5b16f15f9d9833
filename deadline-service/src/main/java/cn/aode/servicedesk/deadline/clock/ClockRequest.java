package cn.aode.servicedesk.deadline.clock;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.deadline.DeadlineSubject;

/**
 * What it takes to start a clock, from a {@code deadline.requested} event or from staff.
 *
 * @param policy the limit, e.g. {@code P1WD}; null for the DL-3 default
 * @param requestEventId the event that asked for it, null when staff registered it
 */
public record ClockRequest(DeadlineSubject subject, String title, String policy, Instant startsAt,
		DeadlineSource source, String responsibleStaffId, String department, boolean writtenReplyRequired,
		UUID requestEventId) {
}
