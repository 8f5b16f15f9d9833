package cn.aode.servicedesk.deadline.clock;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Column;

/** An approved extension of the limit: the new due time, why, and who approved it. */
record Extension(@Column("extended_due_at") Instant dueAt, @Column("extension_reason") String reason,
		@Column("extension_approved_by") String approvedBy) {

	/** The same extension, its due time moved (by paused time). */
	Extension movedTo(Instant moved) {
		return new Extension(moved, reason, approvedBy);
	}

}
