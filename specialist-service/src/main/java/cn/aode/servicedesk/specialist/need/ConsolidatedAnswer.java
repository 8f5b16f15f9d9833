package cn.aode.servicedesk.specialist.need;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Column;

/**
 * Every department's answer fed back to the customer together (集中反馈, SPC-3), and when.
 */
public record ConsolidatedAnswer(@Column("consolidated_answer") String text, @Column("answered_at") Instant at) {
}
