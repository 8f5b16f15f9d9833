package cn.aode.servicedesk.deadline.clock;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.deadline.DeadlineCompleted;
import cn.aode.servicedesk.events.deadline.DeadlineScheduled;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

/**
 * A deadline clock (时限): a matter that must be completed, or answered, by {@code dueAt}
 * on the business calendar. Paused time does not count; an extension moves the due time.
 * Warning, breach and escalation (DL-4) are applied to many clocks at once by
 * {@link DeadlineScanner}.
 */
@Table("deadline_clock")
public class DeadlineClock extends AbstractAggregateRoot<DeadlineClock> {

	@Id
	private final UUID id;

	private final String subjectService;

	private final String subjectCaseId;

	private final String subjectCaseNumber;

	private final String purpose;

	private final String title;

	private final DeadlineSource source;

	private final String policy;

	private final Instant startsAt;

	private final String responsibleStaffId;

	private final String department;

	private final boolean writtenReplyRequired;

	private final UUID requestEventId;

	private ClockStatus status;

	private Instant dueAt;

	private Instant warnAt;

	private boolean warned;

	private Instant pausedAt;

	private String pauseReason;

	private long pausedMinutes;

	private Instant extendedDueAt;

	private String extensionReason;

	private String extensionApprovedBy;

	private boolean progressReported;

	private Instant satisfiedAt;

	private Boolean resultTold;

	private Instant breachedAt;

	private EscalationLevel escalationLevel;

	private Instant nextEscalationAt;

	@Version
	private Long version;

	@PersistenceCreator
	DeadlineClock(UUID id, String subjectService, String subjectCaseId, String subjectCaseNumber, String purpose,
			String title, DeadlineSource source, String policy, Instant startsAt, String responsibleStaffId,
			String department, boolean writtenReplyRequired, UUID requestEventId, ClockStatus status, Instant dueAt,
			Instant warnAt, boolean warned, Instant pausedAt, String pauseReason, long pausedMinutes,
			Instant extendedDueAt, String extensionReason, String extensionApprovedBy, boolean progressReported,
			Instant satisfiedAt, Boolean resultTold, Instant breachedAt, EscalationLevel escalationLevel,
			Instant nextEscalationAt, Long version) {
		this.id = id;
		this.subjectService = subjectService;
		this.subjectCaseId = subjectCaseId;
		this.subjectCaseNumber = subjectCaseNumber;
		this.purpose = purpose;
		this.title = title;
		this.source = source;
		this.policy = policy;
		this.startsAt = startsAt;
		this.responsibleStaffId = responsibleStaffId;
		this.department = department;
		this.writtenReplyRequired = writtenReplyRequired;
		this.requestEventId = requestEventId;
		this.status = status;
		this.dueAt = dueAt;
		this.warnAt = warnAt;
		this.warned = warned;
		this.pausedAt = pausedAt;
		this.pauseReason = pauseReason;
		this.pausedMinutes = pausedMinutes;
		this.extendedDueAt = extendedDueAt;
		this.extensionReason = extensionReason;
		this.extensionApprovedBy = extensionApprovedBy;
		this.progressReported = progressReported;
		this.satisfiedAt = satisfiedAt;
		this.resultTold = resultTold;
		this.breachedAt = breachedAt;
		this.escalationLevel = escalationLevel;
		this.nextEscalationAt = nextEscalationAt;
		this.version = version;
	}

	/** Starts a clock; {@code schedule} fixes its due and warning times. */
	static DeadlineClock start(ClockRequest request, DeadlinePolicy policy, DueTimes schedule, Instant now) {
		DeadlineClock clock = new DeadlineClock(UUID.randomUUID(), request.subject().service(),
				request.subject().caseId(), request.subject().caseNumber(), request.subject().purpose(),
				request.title(), request.source(), policy.toString(), request.startsAt(), request.responsibleStaffId(),
				request.department(), request.writtenReplyRequired(), request.requestEventId(), ClockStatus.RUNNING,
				schedule.dueAt(), schedule.warnAt(), false, null, null, 0, null, null, null, false, null, null, null,
				null, null, null);
		clock.registerEvent(new DeadlineScheduled(UUID.randomUUID(), now, clock.id, clock.subject(), clock.policy,
				clock.dueAt, clock.responsibleStaffId, clock.department));
		return clock;
	}

	/**
	 * Stops the clock while the matter waits for something outside the company's hands.
	 */
	void pause(String reason, Instant now) {
		requireStatus(ClockStatus.RUNNING, "pause");
		if (!now.isBefore(dueAt)) {
			throw new RuleViolationException("DL-1",
					"The limit has already run out; a clock cannot be paused after " + dueAt);
		}
		this.status = ClockStatus.PAUSED;
		this.pausedAt = now;
		this.pauseReason = reason;
	}

	/**
	 * Restarts a paused clock; the paused time (in the policy's units) is added to the
	 * due time.
	 */
	void resume(long pausedFor, Instant movedExtension, DueTimes rescheduled) {
		requireStatus(ClockStatus.PAUSED, "resume");
		this.pausedMinutes += pausedFor;
		this.extendedDueAt = movedExtension;
		this.status = ClockStatus.RUNNING;
		this.pausedAt = null;
		reschedule(rescheduled);
	}

	/** Moves the due time by an approved extension. */
	void extend(Instant newDueAt, String reason, String approvedBy, DueTimes rescheduled) {
		if (status != ClockStatus.RUNNING && status != ClockStatus.PAUSED) {
			throw new RuleViolationException("DL-1", "Only an open clock can be extended; this one is " + status.en());
		}
		if (!newDueAt.isAfter(dueAt)) {
			throw new RuleViolationException("DL-1", "An extension must move the due time later than " + dueAt);
		}
		this.extendedDueAt = newDueAt;
		this.extensionReason = reason;
		this.extensionApprovedBy = approvedBy;
		reschedule(rescheduled);
	}

	/**
	 * New due and warning times (after a resume, an extension or a calendar amendment).
	 */
	void reschedule(DueTimes times) {
		boolean moved = !times.dueAt().equals(dueAt);
		this.dueAt = times.dueAt();
		this.warnAt = times.warnAt();
		if (moved) {
			this.warned = false;
		}
	}

	/** DL-4: a progress report with a reason was filed. */
	void progressReported() {
		this.progressReported = true;
	}

	/**
	 * The matter was completed or answered. Returns the DL-5 violation this completion
	 * reveals, if any: a written reply was required but the result was not told to the
	 * party.
	 */
	ViolationKind satisfy(boolean resultToldToParty, Instant now) {
		if (status == ClockStatus.SATISFIED) {
			throw new RuleViolationException("DL-1", "The matter of this clock is already completed");
		}
		boolean lateUnnoticed = status == ClockStatus.RUNNING && now.isAfter(dueAt);
		if (lateUnnoticed) {
			this.breachedAt = dueAt;
		}
		this.status = ClockStatus.SATISFIED;
		this.satisfiedAt = now;
		registerEvent(new DeadlineCompleted(UUID.randomUUID(), now, id, subject(), responsibleStaffId, department,
				dueAt, breachedAt == null && !now.isAfter(dueAt)));
		this.resultTold = resultToldToParty;
		this.nextEscalationAt = null;
		if (lateUnnoticed && !progressReported) {
			return ViolationKind.OVERDUE_WITHOUT_REASON;
		}
		return (writtenReplyRequired && !resultToldToParty) ? ViolationKind.RESULT_NOT_TOLD : null;
	}

	private void requireStatus(ClockStatus expected, String action) {
		if (status != expected) {
			throw new RuleViolationException("DL-1",
					"Cannot " + action + " a clock that is " + status.en().toLowerCase());
		}
	}

	public DeadlineSubject subject() {
		return new DeadlineSubject(subjectService, subjectCaseId, subjectCaseNumber, purpose);
	}

	public UUID id() {
		return id;
	}

	public String title() {
		return title;
	}

	public DeadlineSource source() {
		return source;
	}

	public DeadlinePolicy policy() {
		return DeadlinePolicy.parse(policy);
	}

	public Instant startsAt() {
		return startsAt;
	}

	public String responsibleStaffId() {
		return responsibleStaffId;
	}

	public String department() {
		return department;
	}

	public boolean writtenReplyRequired() {
		return writtenReplyRequired;
	}

	public ClockStatus status() {
		return status;
	}

	public Instant dueAt() {
		return dueAt;
	}

	public Instant warnAt() {
		return warnAt;
	}

	public boolean warned() {
		return warned;
	}

	public Instant pausedAt() {
		return pausedAt;
	}

	public String pauseReason() {
		return pauseReason;
	}

	/**
	 * Paused time so far, in minutes of the policy's clock (working minutes or wall
	 * minutes).
	 */
	public long pausedMinutes() {
		return pausedMinutes;
	}

	public Instant extendedDueAt() {
		return extendedDueAt;
	}

	public String extensionReason() {
		return extensionReason;
	}

	public String extensionApprovedBy() {
		return extensionApprovedBy;
	}

	public boolean isProgressReported() {
		return progressReported;
	}

	public Instant satisfiedAt() {
		return satisfiedAt;
	}

	public Boolean resultTold() {
		return resultTold;
	}

	public Instant breachedAt() {
		return breachedAt;
	}

	public EscalationLevel escalationLevel() {
		return escalationLevel;
	}

	public Instant nextEscalationAt() {
		return nextEscalationAt;
	}

	public Long version() {
		return version;
	}

}
