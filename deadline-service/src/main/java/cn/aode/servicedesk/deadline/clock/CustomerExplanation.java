package cn.aode.servicedesk.deadline.clock;

import java.time.Instant;
import java.util.UUID;

/**
 * DL-4: what the customer was told about a matter that cannot be completed in time, by
 * whom and when.
 */
public record CustomerExplanation(long id, UUID clockId, Instant explainedAt, String explainedBy, String explanation) {
}
