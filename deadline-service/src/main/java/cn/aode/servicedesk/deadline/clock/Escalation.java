package cn.aode.servicedesk.deadline.clock;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Column;

/**
 * DL-4: how a late matter goes up the management chain: whether staff reported progress
 * and reason, when the limit ran out, who has been told, and when the next level is.
 * {@link DeadlineScanner} moves the level for many clocks at once.
 */
record Escalation(@Column("progress_reported") boolean progressReported, @Column("breached_at") Instant breachedAt,
		@Column("escalation_level") EscalationLevel level, @Column("next_escalation_at") Instant nextAt) {

	static final Escalation NONE = new Escalation(false, null, null, null);

	Escalation withProgressReported() {
		return new Escalation(true, breachedAt, level, nextAt);
	}

	/** Breached at {@code at}, noticed only now (no level was told). */
	Escalation breachedUnnoticed(Instant at) {
		return new Escalation(progressReported, at, level, nextAt);
	}

	/** Completed: no further level is told. */
	Escalation stopped() {
		return new Escalation(progressReported, breachedAt, level, null);
	}

}
