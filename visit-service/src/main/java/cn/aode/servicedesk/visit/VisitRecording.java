package cn.aode.servicedesk.visit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/**
 * Records visits against their plans (VST-8), each in one transaction with its event, and
 * looks plans up.
 */
@Service
public class VisitRecording {

	/** Soonest due first, then in the order they were planned. */
	public static final Sort SOONEST_DUE = Sort.by("dueBy", "plannedAt");

	private final VisitPlans plans;

	private final JdbcAggregateOperations aggregates;

	private final Clock clock;

	VisitRecording(VisitPlans plans, JdbcAggregateOperations aggregates, Clock clock) {
		this.plans = plans;
		this.aggregates = aggregates;
		this.clock = clock;
	}

	/**
	 * VST-8: records the visit of a plan, once.
	 * @param expectedVersion the version the caller saw ({@code If-Match}), or null to
	 * skip the check
	 */
	@Transactional
	public VisitPlan record(UUID planId, Long expectedVersion, Instant visitedAt, String visitorStaffId,
			Satisfaction satisfaction, String customerOpinion, String summary) {
		VisitPlan plan = get(planId);
		if (expectedVersion != null && !expectedVersion.equals(plan.version())) {
			throw new StaleVersionException("Visit plan", planId, expectedVersion, plan.version());
		}
		plan.record(visitedAt, visitorStaffId, satisfaction, customerOpinion, summary, clock.instant());
		return plans.save(plan);
	}

	@Transactional(readOnly = true)
	public VisitPlan get(UUID planId) {
		return plans.findById(planId).orElseThrow(() -> new NotFoundException("Visit plan", planId));
	}

	/** Plans matching every filter given (a null filter matches all). */
	@Transactional(readOnly = true)
	public Page<VisitPlan> find(VisitKind kind, VisitStatus status, Pageable pageable) {
		return aggregates.findAll(Query.query(matching(null, kind, status)), VisitPlan.class, pageable);
	}

	/**
	 * The plans caused by one case (e.g. a complaint id), optionally only those of one
	 * status, soonest due first.
	 */
	@Transactional(readOnly = true)
	public List<VisitPlan> findBySource(String sourceCaseId, VisitStatus status) {
		return aggregates.findAll(Query.query(matching(sourceCaseId, null, status)).sort(SOONEST_DUE), VisitPlan.class);
	}

	private static Criteria matching(String sourceCaseId, VisitKind kind, VisitStatus status) {
		Criteria criteria = Criteria.empty();
		if (sourceCaseId != null) {
			criteria = criteria.and("sourceCaseId").is(sourceCaseId);
		}
		if (kind != null) {
			criteria = criteria.and("kind").is(kind);
		}
		if (status != null) {
			criteria = criteria.and("status").is(status);
		}
		return criteria;
	}

}
