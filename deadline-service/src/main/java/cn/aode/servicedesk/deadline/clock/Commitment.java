package cn.aode.servicedesk.deadline.clock;

import java.time.Instant;
import java.util.UUID;

/**
 * What was promised, from when, and who must keep it (DL-2): fixed when the clock starts.
 *
 * @param policy the limit as written, e.g. {@code P1WD}
 * @param requestEventId the event that asked for the clock, null when staff registered it
 */
record Commitment(String title, DeadlineSource source, String policy, Instant startsAt, String responsibleStaffId,
		String department, boolean writtenReplyRequired, UUID requestEventId) {
}
