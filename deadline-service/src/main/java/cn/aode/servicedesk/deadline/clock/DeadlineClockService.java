package cn.aode.servicedesk.deadline.clock;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;
import cn.aode.servicedesk.platform.query.Filters;

/**
 * Starting, pausing, extending and completing deadline clocks, each in one transaction
 * with its events.
 */
@Service
public class DeadlineClockService {

	private static final Logger log = LoggerFactory.getLogger(DeadlineClockService.class);

	private final DeadlineClocks clocks;

	private final DueTimeCalculator dueTimes;

	private final ViolationRecorder violations;

	private final JdbcClient jdbc;

	private final JdbcAggregateOperations aggregates;

	private final Clock clock;

	DeadlineClockService(DeadlineClocks clocks, DueTimeCalculator dueTimes, ViolationRecorder violations,
			JdbcClient jdbc, JdbcAggregateOperations aggregates, Clock clock) {
		this.clocks = clocks;
		this.dueTimes = dueTimes;
		this.violations = violations;
		this.jdbc = jdbc;
		this.aggregates = aggregates;
		this.clock = clock;
	}

	/** Clocks matching every filter given (a null filter matches all). */
	@Transactional(readOnly = true)
	public Page<DeadlineClock> find(ClockStatus status, String department, String staffId, Pageable pageable) {
		return aggregates.findAll(Filters.of()
			.equal("status", status)
			.equal("commitment.department", department)
			.equal("commitment.responsibleStaffId", staffId)
			.query(), DeadlineClock.class, pageable);
	}

	/**
	 * Starts a clock. No limit given means DL-3: three working days and a written reply.
	 * A limit that cannot be read is a bad value (400), not a refusal by a rule.
	 */
	@Transactional
	public DeadlineClock start(ClockRequest request) {
		boolean noLimit = request.policy() == null || request.policy().isBlank();
		DeadlinePolicy policy = noLimit ? DeadlinePolicy.DEFAULT : DeadlinePolicy.parse(request.policy());
		if (!noLimit && request.source() == DeadlineSource.NO_LIMIT_GIVEN) {
			throw new RuleViolationException("DL-3",
					"A matter with no time limit gets 3 working days; do not send a limit with source NO_LIMIT_GIVEN");
		}
		// DL-3: no limit → three working days with a written reply; a named DL-2 source
		// is kept
		Instant startsAt = request.startsAt() == null ? clock.instant() : request.startsAt();
		ClockRequest started = new ClockRequest(request.subject(), request.title(), request.policy(), startsAt,
				request.source(), request.responsibleStaffId(), request.department(),
				noLimit || request.writtenReplyRequired(), request.requestEventId());
		DeadlineClock deadline = clocks
			.save(DeadlineClock.start(started, policy, dueTimes.forNewClock(policy, startsAt), clock.instant()));
		return takeEarlySatisfaction(deadline.subject())
			.map(early -> satisfyAt(deadline, early.resultTold(), early.at()))
			.orElse(deadline);
	}

	/**
	 * @param expectedVersion the version the caller saw ({@code If-Match}), or null to
	 * skip the check
	 */
	@Transactional
	public DeadlineClock pause(UUID id, Long expectedVersion, String reason) {
		DeadlineClock deadline = current(id, expectedVersion);
		deadline.pause(reason, clock.instant());
		return clocks.save(deadline);
	}

	@Transactional
	public DeadlineClock resume(UUID id, Long expectedVersion) {
		return resumeAt(current(id, expectedVersion), clock.instant());
	}

	private DeadlineClock resumeAt(DeadlineClock deadline, Instant at) {
		deadline.requireStatus(ClockStatus.PAUSED, "resume");
		Instant from = at.isBefore(deadline.pausedAt()) ? deadline.pausedAt() : at;
		long paused = dueTimes.pausedMinutes(deadline.policy(), deadline.pausedAt(), from);
		Instant extension = deadline.extendedDueAt() == null ? null
				: dueTimes.later(deadline.policy(), deadline.extendedDueAt(), paused);
		deadline.resume(paused, extension, dueTimes.forClock(deadline, deadline.pausedMinutes() + paused, extension));
		return clocks.save(deadline);
	}

	/**
	 * Pauses a subject's running clock from {@code at} (now, if that is later than now)
	 * for the service that asked for it ({@code deadline.pause-requested}). A clock
	 * already paused, closed or past its due time is left as it is. A subject without any
	 * clock yet is refused, so that the event is retried once its request has arrived.
	 * @return whether a clock was paused
	 */
	@Transactional
	public boolean pause(DeadlineSubject subject, String reason, Instant at) {
		Optional<DeadlineClock> open = openClockOf(subject);
		if (open.isEmpty() || open.get().status() != ClockStatus.RUNNING) {
			return false;
		}
		DeadlineClock deadline = open.get();
		Instant from = at.isAfter(clock.instant()) ? clock.instant() : at;
		if (!from.isBefore(deadline.dueAt())) {
			log.info("Clock {} of {} ran out at {}; a pause from {} is not applied", deadline.id(), subject.key(),
					deadline.dueAt(), from);
			return false;
		}
		deadline.pause(reason, from);
		clocks.save(deadline);
		return true;
	}

	/**
	 * Resumes a subject's paused clock from {@code at}
	 * ({@code deadline.resume-requested}). A closed clock is left as it is; a running one
	 * is refused, so that the event is retried once the pause it follows has arrived (the
	 * outbox does not keep their order).
	 * @return whether a clock was resumed
	 */
	@Transactional
	public boolean resume(DeadlineSubject subject, Instant at) {
		Optional<DeadlineClock> open = openClockOf(subject);
		if (open.isEmpty()) {
			return false;
		}
		if (open.get().status() == ClockStatus.RUNNING) {
			throw new IllegalStateException("The clock of " + subject.key() + " is running; its pause has not arrived");
		}
		resumeAt(open.get(), at.isAfter(clock.instant()) ? clock.instant() : at);
		return true;
	}

	private Optional<DeadlineClock> openClockOf(DeadlineSubject subject) {
		Optional<DeadlineClock> open = clocks.findOpenBySubject(subject.service(), subject.caseId(), subject.purpose());
		if (open.isEmpty() && !clocks.existsBySubject(subject.service(), subject.caseId(), subject.purpose())) {
			throw new IllegalStateException("No clock of " + subject.key() + " yet; its request has not arrived");
		}
		return open;
	}

	@Transactional
	public DeadlineClock extend(UUID id, Long expectedVersion, Instant newDueAt, String reason, String approvedBy) {
		DeadlineClock deadline = current(id, expectedVersion);
		deadline.extend(newDueAt, reason, approvedBy, dueTimes.forClock(deadline, deadline.pausedMinutes(), newDueAt));
		return clocks.save(deadline);
	}

	/** DL-4: a report of progress and reason, kept with the clock. */
	@Transactional
	public DeadlineClock reportProgress(UUID id, Long expectedVersion, String progress, String reason,
			String reportedBy) {
		DeadlineClock deadline = current(id, expectedVersion);
		jdbc.sql("insert into deadline_progress_report (clock_id, reported_at, reported_by, progress, reason)"
				+ " values (?, ?, ?, ?, ?)")
			.params(id, Timestamp.from(clock.instant()), reportedBy, progress, reason)
			.update();
		deadline.progressReported();
		return clocks.save(deadline);
	}

	/**
	 * DL-4: records what the customer was told about a matter that cannot be completed in
	 * time, with who told it and when.
	 */
	@Transactional
	public CustomerExplanation explainToCustomer(UUID id, String explanation, String explainedBy) {
		get(id);
		Instant now = clock.instant();
		long explanationId = jdbc
			.sql("insert into deadline_customer_explanation (clock_id, explained_at, explained_by, explanation)"
					+ " values (?, ?, ?, ?) returning id")
			.params(id, Timestamp.from(now), explainedBy, explanation)
			.query(Long.class)
			.single();
		return new CustomerExplanation(explanationId, id, now, explainedBy, explanation);
	}

	/** DL-4: what the customer was told about this clock's matter, oldest first. */
	@Transactional(readOnly = true)
	public List<CustomerExplanation> customerExplanations(UUID id) {
		get(id);
		return jdbc.sql("select * from deadline_customer_explanation where clock_id = ? order by id")
			.param(id)
			.query((rs, row) -> new CustomerExplanation(rs.getLong("id"), rs.getObject("clock_id", UUID.class),
					rs.getTimestamp("explained_at").toInstant(), rs.getString("explained_by"),
					rs.getString("explanation")))
			.list();
	}

	/**
	 * The matter is completed; DL-5 records a violation when it was late without a
	 * progress report or a required written reply was not given.
	 */
	@Transactional
	public DeadlineClock satisfy(UUID id, Long expectedVersion, boolean resultTold) {
		return satisfyAt(current(id, expectedVersion), resultTold, clock.instant());
	}

	private DeadlineClock satisfyAt(DeadlineClock deadline, boolean resultTold, Instant at) {
		record(deadline, deadline.satisfy(resultTold, at));
		return clocks.save(deadline);
	}

	/**
	 * DL-5: the requester rejects the answer of a completed matter as not what was
	 * committed; the violation is recorded against the responsible staff member with its
	 * DL-6 consequence.
	 */
	@Transactional
	public DeadlineClock rejectAnswer(UUID id, Long expectedVersion, String reason, String rejectedBy) {
		DeadlineClock deadline = current(id, expectedVersion);
		record(deadline, deadline.rejectAnswer(reason, rejectedBy, clock.instant()));
		return clocks.save(deadline);
	}

	private void record(DeadlineClock deadline, ViolationKind violation) {
		if (violation != null) {
			violations.record(List.of(new ViolationRecorder.Violation(deadline.id(), deadline.subject(),
					deadline.title(), deadline.responsibleStaffId(), deadline.department(), violation)),
					clock.instant());
		}
	}

	/**
	 * The requesting service completed the matter of a subject at {@code answeredAt}; the
	 * clock stops at that time, not when the news arrived, so an event delayed past the
	 * due time does not make an answer given in time late. (Once a scan has found the
	 * clock breached before the news arrived, the breach and its violation stay:
	 * withdrawing them is not built.) A subject whose clock is already satisfied is
	 * ignored; one that has no clock yet (its request is still on its way) keeps the
	 * satisfaction for the clock to start with.
	 * @return whether a clock was stopped
	 */
	@Transactional
	public boolean satisfy(DeadlineSubject subject, boolean resultTold, Instant answeredAt) {
		Instant at = answeredAt.isAfter(clock.instant()) ? clock.instant() : answeredAt;
		Optional<DeadlineClock> open = clocks.findOpenBySubject(subject.service(), subject.caseId(), subject.purpose());
		open.ifPresent(deadline -> satisfyAt(deadline, resultTold, at));
		if (open.isEmpty() && !clocks.existsBySubject(subject.service(), subject.caseId(), subject.purpose())) {
			jdbc.sql("insert into deadline_early_satisfaction (subject_service, subject_case_id, purpose,"
					+ " satisfied_at, result_told) values (?, ?, ?, ?, ?) on conflict do nothing")
				.params(subject.service(), subject.caseId(), subject.purpose(), Timestamp.from(at), resultTold)
				.update();
		}
		return open.isPresent();
	}

	private Optional<EarlySatisfaction> takeEarlySatisfaction(DeadlineSubject subject) {
		return jdbc
			.sql("delete from deadline_early_satisfaction where subject_service = ? and subject_case_id = ?"
					+ " and purpose = ? returning satisfied_at, result_told")
			.params(subject.service(), subject.caseId(), subject.purpose())
			.query((rs, row) -> new EarlySatisfaction(rs.getTimestamp("satisfied_at").toInstant(),
					rs.getBoolean("result_told")))
			.optional();
	}

	/** A satisfaction that arrived before its clock's request. */
	private record EarlySatisfaction(Instant at, boolean resultTold) {
	}

	@Transactional(readOnly = true)
	public DeadlineClock get(UUID id) {
		return clocks.findById(id).orElseThrow(() -> new NotFoundException("Deadline clock", id));
	}

	private DeadlineClock current(UUID id, Long expectedVersion) {
		DeadlineClock deadline = get(id);
		StaleVersionException.requireCurrent("Deadline clock", id, expectedVersion, deadline.version());
		return deadline;
	}

}
