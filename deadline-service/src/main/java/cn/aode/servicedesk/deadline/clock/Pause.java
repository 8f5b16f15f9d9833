package cn.aode.servicedesk.deadline.clock;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Column;

/**
 * Time that does not count: the pause under way (if any), the reason of the last one, and
 * all paused time so far.
 *
 * @param since when the pause under way began, null while the clock runs
 * @param minutes paused time so far, in minutes of the policy's clock (working minutes or
 * wall minutes)
 */
record Pause(@Column("paused_at") Instant since, @Column("pause_reason") String reason,
		@Column("paused_minutes") long minutes) {

	static final Pause NONE = new Pause(null, null, 0);

	Pause began(Instant at, String why) {
		return new Pause(at, why, minutes);
	}

	Pause ended(long pausedFor) {
		return new Pause(null, reason, minutes + pausedFor);
	}

}
