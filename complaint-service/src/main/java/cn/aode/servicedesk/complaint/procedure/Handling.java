package cn.aode.servicedesk.complaint.procedure;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Column;

/**
 * How a complaint was handled (处理, CMP-1): the facts found and who was heard, what was
 * found, the actions taken and, for a verified staff fault (CMP-5), the staff member at
 * fault.
 */
public record Handling(String handledBy, String investigation, @Column("resolution") String actions,
		ComplaintFinding finding, String staffAtFault, @Column("resolved_at") Instant handledAt) {
}
