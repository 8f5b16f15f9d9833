package cn.aode.servicedesk.deadline.clock;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.deadline.DeadlineSubject;

/** Clocks as the repository would load them, for tests outside this package. */
public final class DeadlineClockFixtures {

	public static final UUID ID = UUID.fromString("6f1c2a8e-3b7d-4c1e-9a52-0d4e8f7b1a11");

	public static final Instant STARTS_AT = Instant.parse("2025-11-13T02:00:00Z");

	public static final Instant DUE_AT = Instant.parse("2025-11-14T10:00:00Z");

	public static final Instant WARN_AT = Instant.parse("2025-11-14T06:00:00Z");

	private DeadlineClockFixtures() {
	}

	/** A running clock at version 3, as loaded. */
	public static DeadlineClock running() {
		return new DeadlineClock(ID,
				ClockSubject.of(new DeadlineSubject("specialist-service", "need-1", "XQ20251113-0001", "complete")),
				new Commitment("客户用气需求办理", DeadlineSource.LEADER_INSTRUCTION, "PT4WH", STARTS_AT, "staff-101", "市场部",
						false, null),
				ClockStatus.RUNNING, new Schedule(DUE_AT, WARN_AT, false), Pause.NONE, null, null, Escalation.NONE, 3L);
	}

	/** A clock completed with the result told and then rejected by the requester. */
	public static DeadlineClock answerRejected(Instant completedAt, Instant rejectedAt) {
		DeadlineClock clock = running();
		clock.satisfy(true, completedAt);
		clock.rejectAnswer("答复与承诺的通气时间不符", "service-center-07", rejectedAt);
		return clock;
	}

}
