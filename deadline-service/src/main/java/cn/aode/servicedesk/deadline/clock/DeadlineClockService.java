package cn.aode.servicedesk.deadline.clock;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

/**
 * Starting, pausing, extending and completing deadline clocks, each in one transaction
 * with its events.
 */
@Service
public class DeadlineClockService {

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
		Criteria criteria = Criteria.empty();
		if (status != null) {
			criteria = criteria.and("status").is(status);
		}
		if (department != null) {
			criteria = criteria.and("department").is(department);
		}
		if (staffId != null) {
			criteria = criteria.and("responsibleStaffId").is(staffId);
		}
		return aggregates.findAll(Query.query(criteria), DeadlineClock.class, pageable);
	}

	/**
	 * Starts a clock. No limit given means DL-3: three working days and a written reply.
	 */
	@Transactional
	public DeadlineClock start(ClockRequest request) {
		boolean noLimit = request.policy() == null || request.policy().isBlank();
		DeadlinePolicy policy;
		try {
			policy = noLimit ? DeadlinePolicy.DEFAULT : DeadlinePolicy.parse(request.policy());
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("DL-2", ex.getMessage());
		}
		if (!noLimit && request.source() == DeadlineSource.NO_LIMIT_GIVEN) {
			throw new RuleViolationException("DL-3",
					"A matter with no time limit gets 3 working days; do not send a limit with source NO_LIMIT_GIVEN");
		}
		// DL-3: no limit → three working days with a written reply; a named DL-2 source
		// is kept
		Instant startsAt = request.startsAt() == null ? clock.instant() : request.startsAt();
		ClockRequest started = new ClockRequest(request.subject(), request.title(), request.policy(), startsAt,
				request.source() == null ? DeadlineSource.NO_LIMIT_GIVEN : request.source(),
				request.responsibleStaffId(), request.department(), noLimit || request.writtenReplyRequired(),
				request.requestEventId());
		return clocks
			.save(DeadlineClock.start(started, policy, dueTimes.forNewClock(policy, startsAt), clock.instant()));
	}

	@Transactional
	public DeadlineClock pause(UUID id, String reason) {
		DeadlineClock deadline = get(id);
		deadline.pause(reason, clock.instant());
		return clocks.save(deadline);
	}

	@Transactional
	public DeadlineClock resume(UUID id) {
		DeadlineClock deadline = get(id);
		if (deadline.pausedAt() == null) {
			throw new RuleViolationException("DL-1", "The clock is not paused");
		}
		long paused = dueTimes.pausedMinutes(deadline.policy(), deadline.pausedAt(), clock.instant());
		Instant extension = deadline.extendedDueAt() == null ? null
				: dueTimes.later(deadline.policy(), deadline.extendedDueAt(), paused);
		deadline.resume(paused, extension, dueTimes.forClock(deadline, deadline.pausedMinutes() + paused, extension));
		return clocks.save(deadline);
	}

	@Transactional
	public DeadlineClock extend(UUID id, Instant newDueAt, String reason, String approvedBy) {
		DeadlineClock deadline = get(id);
		deadline.extend(newDueAt, reason, approvedBy, dueTimes.forClock(deadline, deadline.pausedMinutes(), newDueAt));
		return clocks.save(deadline);
	}

	/** DL-4: a report of progress and reason, kept with the clock. */
	@Transactional
	public DeadlineClock reportProgress(UUID id, String progress, String reason, String reportedBy) {
		DeadlineClock deadline = get(id);
		jdbc.sql("insert into deadline_progress_report (clock_id, reported_at, reported_by, progress, reason)"
				+ " values (?, ?, ?, ?, ?)")
			.params(id, Timestamp.from(clock.instant()), reportedBy, progress, reason)
			.update();
		deadline.progressReported();
		return clocks.save(deadline);
	}

	/**
	 * The matter is completed; DL-5 records a violation when a required written reply was
	 * not given.
	 */
	@Transactional
	public DeadlineClock satisfy(UUID id, boolean resultTold) {
		DeadlineClock deadline = get(id);
		ViolationKind violation = deadline.satisfy(resultTold, clock.instant());
		if (violation != null) {
			violations.record(List.of(new ViolationRecorder.Violation(deadline.id(), deadline.subject(),
					deadline.title(), deadline.responsibleStaffId(), deadline.department(), violation)),
					clock.instant());
		}
		return clocks.save(deadline);
	}

	/**
	 * The requesting service completed the matter of a subject; a subject without an open
	 * clock is ignored (already satisfied, or never requested).
	 * @return whether a clock was stopped
	 */
	@Transactional
	public boolean satisfy(DeadlineSubject subject, boolean resultTold) {
		return clocks.findOpenBySubject(subject.service(), subject.caseId(), subject.purpose()).map(open -> {
			satisfy(open.id(), resultTold);
			return true;
		}).orElse(false);
	}

	@Transactional(readOnly = true)
	public DeadlineClock get(UUID id) {
		return clocks.findById(id).orElseThrow(() -> new NotFoundException("Deadline clock", id));
	}

}
