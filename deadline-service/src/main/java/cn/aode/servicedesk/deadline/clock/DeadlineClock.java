package cn.aode.servicedesk.deadline.clock;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.deadline.DeadlineCompleted;
import cn.aode.servicedesk.events.deadline.DeadlineScheduled;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

/**
 * A deadline clock (时限): a matter that must be completed, or answered, by {@code dueAt}
 * on the business calendar. Paused time does not count; an extension moves the due time.
 * Warning, breach and escalation (DL-4) are applied to many clocks at once by
 * {@link DeadlineScanner}.
 */
@Table("deadline_clock")
public class DeadlineClock extends Aggregate<DeadlineClock> {

	@Id
	private final UUID id;

	@Embedded.Empty
	private final ClockSubject subject;

	@Embedded.Empty
	private final Commitment commitment;

	private ClockStatus status;

	@Embedded.Empty
	private Schedule schedule;

	@Embedded.Empty
	private Pause pause;

	@Embedded.Nullable
	private Extension extension;

	@Embedded.Nullable
	private Completion completion;

	@Embedded.Empty
	private Escalation escalation;

	@Version
	private Long version;

	@PersistenceCreator
	DeadlineClock(UUID id, ClockSubject subject, Commitment commitment, ClockStatus status, Schedule schedule,
			Pause pause, Extension extension, Completion completion, Escalation escalation, Long version) {
		this.id = id;
		this.subject = subject;
		this.commitment = commitment;
		this.status = status;
		this.schedule = schedule;
		this.pause = pause;
		this.extension = extension;
		this.completion = completion;
		this.escalation = escalation;
		this.version = version;
	}

	/** Starts a clock; {@code times} fixes its due and warning times. */
	static DeadlineClock start(ClockRequest request, DeadlinePolicy policy, DueTimes times, Instant now) {
		Commitment commitment = new Commitment(request.title(), request.source(), policy.toString(), request.startsAt(),
				request.responsibleStaffId(), request.department(), request.writtenReplyRequired(),
				request.requestEventId());
		DeadlineClock clock = new DeadlineClock(UUID.randomUUID(), ClockSubject.of(request.subject()), commitment,
				ClockStatus.RUNNING, Schedule.of(times), Pause.NONE, null, null, Escalation.NONE, null);
		clock.registerEvent(new DeadlineScheduled(UUID.randomUUID(), now, clock.id, clock.subject(),
				commitment.policy(), times.dueAt(), commitment.responsibleStaffId(), commitment.department()));
		return clock;
	}

	/**
	 * Stops the clock while the matter waits for something outside the company's hands.
	 * Only a running clock pauses (409 otherwise); once its limit has run out, pausing
	 * would take the matter out of DL-1's "completed, or answered, within the committed
	 * time", so that is refused by DL-1.
	 */
	void pause(String reason, Instant now) {
		requireStatus(ClockStatus.RUNNING, "pause");
		if (!now.isBefore(schedule.dueAt())) {
			throw new RuleViolationException("DL-1",
					"The limit has already run out; a clock cannot be paused after " + schedule.dueAt());
		}
		this.status = ClockStatus.PAUSED;
		this.pause = pause.began(now, reason);
	}

	/**
	 * Restarts a paused clock; the paused time (in the policy's units) is added to the
	 * due time, and to an extension's due time ({@code movedExtension}).
	 */
	void resume(long pausedFor, Instant movedExtension, DueTimes rescheduled) {
		requireStatus(ClockStatus.PAUSED, "resume");
		this.status = ClockStatus.RUNNING;
		this.pause = pause.ended(pausedFor);
		this.extension = extension == null ? null : extension.movedTo(movedExtension);
		reschedule(rescheduled);
	}

	/**
	 * Moves the due time later by an approved extension. Not a rule of its own: an
	 * extension of a closed clock, or one that does not move the due time later, is
	 * refused as not possible in the clock's state (409).
	 */
	void extend(Instant newDueAt, String reason, String approvedBy, DueTimes rescheduled) {
		if (status != ClockStatus.RUNNING && status != ClockStatus.PAUSED) {
			throw new InvalidStateException("Only an open clock can be extended; this one is " + status.en());
		}
		if (!newDueAt.isAfter(schedule.dueAt())) {
			throw new InvalidStateException("An extension must move the due time later than " + schedule.dueAt());
		}
		this.extension = new Extension(newDueAt, reason, approvedBy);
		reschedule(rescheduled);
	}

	/**
	 * New due and warning times (after a resume, an extension or a calendar amendment).
	 */
	void reschedule(DueTimes times) {
		this.schedule = schedule.rescheduled(times);
	}

	/** DL-4: a progress report with a reason was filed. */
	void progressReported() {
		this.escalation = escalation.withProgressReported();
	}

	/**
	 * The matter was completed or answered. Returns the DL-5 violation this completion
	 * reveals, if any: overdue without a progress report (when no scan noticed the breach
	 * yet), or a required written reply whose result was not told to the party.
	 */
	ViolationKind satisfy(boolean resultToldToParty, Instant now) {
		if (status == ClockStatus.SATISFIED) {
			throw new InvalidStateException("The matter of this clock is already completed");
		}
		boolean lateUnnoticed = status == ClockStatus.RUNNING && now.isAfter(schedule.dueAt());
		if (lateUnnoticed) {
			this.escalation = escalation.breachedUnnoticed(schedule.dueAt());
		}
		this.status = ClockStatus.SATISFIED;
		this.completion = Completion.at(now, resultToldToParty);
		this.escalation = escalation.stopped();
		registerEvent(new DeadlineCompleted(UUID.randomUUID(), now, id, subject(), commitment.responsibleStaffId(),
				commitment.department(), schedule.dueAt(),
				escalation.breachedAt() == null && !now.isAfter(schedule.dueAt())));
		if (lateUnnoticed && !escalation.progressReported()) {
			return ViolationKind.OVERDUE_WITHOUT_REASON;
		}
		return (commitment.writtenReplyRequired() && !resultToldToParty) ? ViolationKind.RESULT_NOT_TOLD : null;
	}

	/**
	 * DL-5: the requester rejects the answer of a completed matter as not what was
	 * committed; returns the violation to record. Only a completed matter has an answer
	 * to reject, and only once (409 otherwise).
	 */
	ViolationKind rejectAnswer(String reason, String rejectedBy, Instant now) {
		requireStatus(ClockStatus.SATISFIED, "reject the answer of");
		if (completion.answerRejected()) {
			throw new InvalidStateException("The answer of this clock was already rejected");
		}
		this.completion = completion.answerRejected(now, rejectedBy, reason);
		return ViolationKind.ANSWER_NOT_AS_COMMITTED;
	}

	/** Refuses a step the clock's status does not allow: a state error, not a rule. */
	void requireStatus(ClockStatus expected, String action) {
		if (status != expected) {
			throw new InvalidStateException("Cannot " + action + " a clock that is " + status.en().toLowerCase());
		}
	}

	public DeadlineSubject subject() {
		return subject.toEvent();
	}

	public UUID id() {
		return id;
	}

	public String title() {
		return commitment.title();
	}

	public DeadlineSource source() {
		return commitment.source();
	}

	public DeadlinePolicy policy() {
		return DeadlinePolicy.parse(commitment.policy());
	}

	public Instant startsAt() {
		return commitment.startsAt();
	}

	public String responsibleStaffId() {
		return commitment.responsibleStaffId();
	}

	public String department() {
		return commitment.department();
	}

	public boolean writtenReplyRequired() {
		return commitment.writtenReplyRequired();
	}

	public ClockStatus status() {
		return status;
	}

	public Instant dueAt() {
		return schedule.dueAt();
	}

	public Instant warnAt() {
		return schedule.warnAt();
	}

	public boolean warned() {
		return schedule.warned();
	}

	public Instant pausedAt() {
		return pause.since();
	}

	public String pauseReason() {
		return pause.reason();
	}

	/**
	 * Paused time so far, in minutes of the policy's clock (working minutes or wall
	 * minutes).
	 */
	public long pausedMinutes() {
		return pause.minutes();
	}

	public Instant extendedDueAt() {
		return extension == null ? null : extension.dueAt();
	}

	public String extensionReason() {
		return extension == null ? null : extension.reason();
	}

	public String extensionApprovedBy() {
		return extension == null ? null : extension.approvedBy();
	}

	public boolean isProgressReported() {
		return escalation.progressReported();
	}

	public Instant satisfiedAt() {
		return completion == null ? null : completion.satisfiedAt();
	}

	public Boolean resultTold() {
		return completion == null ? null : completion.resultTold();
	}

	public Instant answerRejectedAt() {
		return completion == null ? null : completion.answerRejectedAt();
	}

	public String answerRejectedBy() {
		return completion == null ? null : completion.answerRejectedBy();
	}

	public String answerRejectionReason() {
		return completion == null ? null : completion.answerRejectionReason();
	}

	public Instant breachedAt() {
		return escalation.breachedAt();
	}

	public EscalationLevel escalationLevel() {
		return escalation.level();
	}

	public Instant nextEscalationAt() {
		return escalation.nextAt();
	}

	@Override
	public Long version() {
		return version;
	}

}
