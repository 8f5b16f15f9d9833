package cn.aode.servicedesk.deadline.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.events.deadline.ConsequenceCode;
import cn.aode.servicedesk.events.deadline.DeadlineCompleted;
import cn.aode.servicedesk.events.deadline.DeadlineScheduled;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.events.deadline.ViolationCode;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The deadline clock's steps, without Spring: what each changes and what it refuses. */
class DeadlineClockTests {

	private static final Instant START = Instant.parse("2025-11-13T02:00:00Z");

	private static final Instant DUE = Instant.parse("2025-11-14T10:00:00Z");

	private static final Instant WARN = Instant.parse("2025-11-14T06:00:00Z");

	private static final DeadlineSubject SUBJECT = new DeadlineSubject("appointment-service", "case-1",
			"YY20251113-0001", "reply");

	@Test
	@DisplayName("DL-2: starting a clock keeps what was promised and registers deadline.scheduled")
	void startRegistersScheduled() {
		DeadlineClock clock = started(false);

		assertThat(clock.status()).isEqualTo(ClockStatus.RUNNING);
		assertThat(clock.subject()).isEqualTo(SUBJECT);
		assertThat(clock.source()).isEqualTo(DeadlineSource.LEADER_INSTRUCTION);
		assertThat(clock.policy()).hasToString("P1WD");
		assertThat(clock.dueAt()).isEqualTo(DUE);
		assertThat(clock.warnAt()).isEqualTo(WARN);
		assertThat(clock.warned()).isFalse();
		assertThat(clock.pausedMinutes()).isZero();
		assertThat(clock.extendedDueAt()).isNull();
		assertThat(clock.satisfiedAt()).isNull();
		assertThat(clock.escalationLevel()).isNull();
		assertThat(clock.pendingEvents()).singleElement().isInstanceOfSatisfying(DeadlineScheduled.class, event -> {
			assertThat(event.clockId()).isEqualTo(clock.id());
			assertThat(event.subject()).isEqualTo(SUBJECT);
			assertThat(event.policy()).isEqualTo("P1WD");
			assertThat(event.dueAt()).isEqualTo(DUE);
			assertThat(event.responsibleStaffId()).isEqualTo("staff-017");
			assertThat(event.department()).isEqualTo("客服中心");
			assertThat(event.occurredAt()).isEqualTo(START);
		});
	}

	@Test
	@DisplayName("DL-1: a paused clock keeps its reason; resuming adds the paused time and moves the due time")
	void pauseAndResume() {
		DeadlineClock clock = started(false);

		clock.pause("等待客户补充材料", START.plusSeconds(60));

		assertThat(clock.status()).isEqualTo(ClockStatus.PAUSED);
		assertThat(clock.pausedAt()).isEqualTo(START.plusSeconds(60));
		assertThat(clock.pauseReason()).isEqualTo("等待客户补充材料");

		clock.resume(90, null, new DueTimes(DUE.plus(Duration.ofMinutes(90)), WARN.plus(Duration.ofMinutes(60))));

		assertThat(clock.status()).isEqualTo(ClockStatus.RUNNING);
		assertThat(clock.pausedAt()).isNull();
		assertThat(clock.pauseReason()).as("the last reason is kept").isEqualTo("等待客户补充材料");
		assertThat(clock.pausedMinutes()).isEqualTo(90);
		assertThat(clock.dueAt()).isEqualTo(DUE.plus(Duration.ofMinutes(90)));
		assertThat(clock.warnAt()).isEqualTo(WARN.plus(Duration.ofMinutes(60)));
	}

	@Test
	@DisplayName("DL-1: pausing once the limit ran out is refused by DL-1 and changes nothing")
	void pauseAfterTheLimitIsRefusedByDl1() {
		DeadlineClock clock = started(false);
		List<Object> before = state(clock);

		assertThatThrownBy(() -> clock.pause("too late", DUE)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.rule()).isEqualTo("DL-1"));
		assertThat(state(clock)).isEqualTo(before);
	}

	@Test
	void pausingAPausedClockOrResumingARunningOneIsAStateError() {
		DeadlineClock running = started(false);
		List<Object> runningBefore = state(running);

		assertThatThrownBy(() -> running.resume(10, null, new DueTimes(DUE, WARN)))
			.isInstanceOf(InvalidStateException.class)
			.hasMessage("Cannot resume a clock that is running");
		assertThat(state(running)).isEqualTo(runningBefore);

		running.pause("等待审批", START);
		List<Object> pausedBefore = state(running);
		assertThatThrownBy(() -> running.pause("again", START.plusSeconds(1))).isInstanceOf(InvalidStateException.class)
			.hasMessage("Cannot pause a clock that is paused");
		assertThat(state(running)).isEqualTo(pausedBefore);
	}

	@Test
	@DisplayName("DL-1: an extension moves the due time with its reason and approver; resuming moves it by the pause")
	void extendThenPauseMovesTheExtension() {
		DeadlineClock clock = started(false);
		Instant extended = DUE.plus(Duration.ofDays(3));

		clock.extend(extended, "需要市政审批", "manager-01", new DueTimes(extended, WARN.plus(Duration.ofDays(2))));

		assertThat(clock.dueAt()).isEqualTo(extended);
		assertThat(clock.extendedDueAt()).isEqualTo(extended);
		assertThat(clock.extensionReason()).isEqualTo("需要市政审批");
		assertThat(clock.extensionApprovedBy()).isEqualTo("manager-01");

		clock.pause("等待审批", START);
		Instant moved = extended.plus(Duration.ofMinutes(30));
		clock.resume(30, moved, new DueTimes(moved, WARN));

		assertThat(clock.extendedDueAt()).isEqualTo(moved);
		assertThat(clock.extensionReason()).isEqualTo("需要市政审批");
		assertThat(clock.extensionApprovedBy()).isEqualTo("manager-01");
	}

	@Test
	void anExtensionThatDoesNotMoveTheDueTimeLaterOrOfAClosedClockIsAStateError() {
		DeadlineClock clock = started(false);
		List<Object> before = state(clock);

		assertThatThrownBy(() -> clock.extend(DUE, "same", "manager-01", new DueTimes(DUE, WARN)))
			.isInstanceOf(InvalidStateException.class);
		assertThat(state(clock)).isEqualTo(before);

		clock.satisfy(true, START);
		List<Object> satisfied = state(clock);
		assertThatThrownBy(() -> clock.extend(DUE.plusSeconds(60), "later", "manager-01", new DueTimes(DUE, WARN)))
			.isInstanceOf(InvalidStateException.class)
			.hasMessage("Only an open clock can be extended; this one is Completed");
		assertThat(state(clock)).isEqualTo(satisfied);
	}

	@Test
	void reschedulingToAnotherDueTimeMayWarnAgain() {
		DeadlineClock warned = new DeadlineClock(UUID.randomUUID(), ClockSubject.of(SUBJECT),
				new Commitment("答复", DeadlineSource.SERVICE_RULE, "P1WD", START, "staff-017", "客服中心", false, null),
				ClockStatus.RUNNING, new Schedule(DUE, WARN, true), Pause.NONE, null, null, Escalation.NONE, 3L);

		warned.reschedule(new DueTimes(DUE, WARN.plusSeconds(60)));
		assertThat(warned.warned()).as("same due time").isTrue();
		assertThat(warned.warnAt()).isEqualTo(WARN.plusSeconds(60));

		warned.reschedule(new DueTimes(DUE.plusSeconds(3600), WARN));
		assertThat(warned.warned()).as("moved due time").isFalse();
		assertThat(warned.dueAt()).isEqualTo(DUE.plusSeconds(3600));
	}

	@Test
	@DisplayName("DL-1: completing in time is on time and no violation")
	void satisfyInTime() {
		DeadlineClock clock = started(true);

		assertThat(clock.satisfy(true, DUE)).isNull();

		assertThat(clock.status()).isEqualTo(ClockStatus.SATISFIED);
		assertThat(clock.satisfiedAt()).isEqualTo(DUE);
		assertThat(clock.resultTold()).isTrue();
		assertThat(clock.breachedAt()).isNull();
		assertThat(clock.pendingEvents()).last()
			.isInstanceOfSatisfying(DeadlineCompleted.class, event -> assertThat(event.onTime()).isTrue());
	}

	@Test
	@DisplayName("DL-5: completing late before any scan noticed, without a progress report, is overdue without reason")
	void satisfyLateWithoutProgressReport() {
		DeadlineClock clock = started(false);

		assertThat(clock.satisfy(true, DUE.plusSeconds(1))).isEqualTo(ViolationKind.OVERDUE_WITHOUT_REASON);

		assertThat(clock.breachedAt()).isEqualTo(DUE);
		assertThat(clock.nextEscalationAt()).isNull();
		assertThat(clock.pendingEvents()).last()
			.isInstanceOfSatisfying(DeadlineCompleted.class, event -> assertThat(event.onTime()).isFalse());
	}

	@Test
	@DisplayName("DL-4, DL-5: a progress report with a reason justifies a late completion")
	void satisfyLateWithProgressReport() {
		DeadlineClock clock = started(false);
		clock.progressReported();

		assertThat(clock.isProgressReported()).isTrue();
		assertThat(clock.satisfy(true, DUE.plusSeconds(1))).isNull();
		assertThat(clock.breachedAt()).isEqualTo(DUE);
	}

	@Test
	@DisplayName("DL-3, DL-5: a required written reply whose result was not told is a violation")
	void satisfyWithoutTellingARequiredWrittenReply() {
		DeadlineClock clock = started(true);

		assertThat(clock.satisfy(false, START.plusSeconds(60))).isEqualTo(ViolationKind.RESULT_NOT_TOLD);
		assertThat(clock.resultTold()).isFalse();
	}

	@Test
	void notTellingTheResultIsNoViolationWithoutARequiredWrittenReply() {
		assertThat(started(false).satisfy(false, START.plusSeconds(60))).isNull();
	}

	@Test
	void completingTwiceIsAStateErrorAndChangesNothing() {
		DeadlineClock clock = started(false);
		clock.satisfy(true, START.plusSeconds(60));
		List<Object> before = state(clock);

		assertThatThrownBy(() -> clock.satisfy(false, DUE.plusSeconds(60))).isInstanceOf(InvalidStateException.class)
			.hasMessage("The matter of this clock is already completed");
		assertThat(state(clock)).isEqualTo(before);
	}

	@Test
	@DisplayName("DL-5: the requester rejects a completed matter's answer as not what was committed, once")
	void rejectAnswer() {
		DeadlineClock clock = started(false);
		clock.satisfy(true, START.plusSeconds(60));

		assertThat(clock.rejectAnswer("答复与承诺的通气时间不符", "service-center-07", START.plusSeconds(120)))
			.isEqualTo(ViolationKind.ANSWER_NOT_AS_COMMITTED);

		assertThat(clock.answerRejectedAt()).isEqualTo(START.plusSeconds(120));
		assertThat(clock.answerRejectedBy()).isEqualTo("service-center-07");
		assertThat(clock.answerRejectionReason()).isEqualTo("答复与承诺的通气时间不符");
		assertThat(clock.satisfiedAt()).as("still completed when it was").isEqualTo(START.plusSeconds(60));

		List<Object> before = state(clock);
		assertThatThrownBy(() -> clock.rejectAnswer("again", "someone", START.plusSeconds(180)))
			.isInstanceOf(InvalidStateException.class);
		assertThat(state(clock)).isEqualTo(before);
	}

	@Test
	void anOpenMattersAnswerCannotBeRejected() {
		DeadlineClock clock = started(false);
		List<Object> before = state(clock);

		assertThatThrownBy(() -> clock.rejectAnswer("not yet answered", "someone", START))
			.isInstanceOf(InvalidStateException.class)
			.hasMessage("Cannot reject the answer of a clock that is running");
		assertThat(state(clock)).isEqualTo(before);
	}

	private static DeadlineClock started(boolean writtenReplyRequired) {
		ClockRequest request = new ClockRequest(SUBJECT, "答复预约申请", "P1WD", START, DeadlineSource.LEADER_INSTRUCTION,
				"staff-017", "客服中心", writtenReplyRequired, null);
		return DeadlineClock.start(request, DeadlinePolicy.parse("P1WD"), new DueTimes(DUE, WARN), START);
	}

	/** Everything a step can change, to show that a refused step changed nothing. */
	private static List<Object> state(DeadlineClock clock) {
		return Arrays.asList(clock.status(), clock.dueAt(), clock.warnAt(), clock.warned(), clock.pausedAt(),
				clock.pauseReason(), clock.pausedMinutes(), clock.extendedDueAt(), clock.extensionReason(),
				clock.extensionApprovedBy(), clock.isProgressReported(), clock.satisfiedAt(), clock.resultTold(),
				clock.answerRejectedAt(), clock.answerRejectedBy(), clock.answerRejectionReason(), clock.breachedAt(),
				clock.escalationLevel(), clock.nextEscalationAt(), clock.pendingEvents().size());
	}

	@Test
	@DisplayName("deadline.violation-recorded carries exactly the violations and consequences consumers know")
	void violationsAndConsequencesMatchTheEventContract() {
		assertThat(Arrays.stream(ViolationKind.values()).map(Enum::name))
			.containsExactly(Arrays.stream(ViolationCode.values()).map(Enum::name).toArray(String[]::new));
		assertThat(Arrays.stream(Consequence.values()).map(Enum::name))
			.containsExactly(Arrays.stream(ConsequenceCode.values()).map(Enum::name).toArray(String[]::new));
	}

}
