package cn.aode.servicedesk.visit.archive;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.platform.problem.StaleVersionException;
import cn.aode.servicedesk.platform.query.Filters;
import cn.aode.servicedesk.visit.plan.VisitKind;
import cn.aode.servicedesk.visit.plan.VisitPlan;
import cn.aode.servicedesk.visit.plan.VisitPlanService;
import cn.aode.servicedesk.visit.plan.VisitPlans;

/**
 * VST-12: files reviewed records into the archive and finds them again by kind, customer
 * and quarter, in the order they were visited.
 */
@Service
public class VisitArchive {

	/** Latest visit first. */
	public static final Sort LATEST_VISIT = Sort.by(Sort.Direction.DESC, "record.visitedAt");

	/** The most rows one CSV export holds. */
	public static final int MAX_EXPORT = 10_000;

	private final VisitPlanService plans;

	private final VisitPlans repository;

	private final JdbcAggregateOperations aggregates;

	private final Clock clock;

	VisitArchive(VisitPlanService plans, VisitPlans repository, JdbcAggregateOperations aggregates, Clock clock) {
		this.plans = plans;
		this.repository = repository;
		this.aggregates = aggregates;
		this.clock = clock;
	}

	/** What an archive search is narrowed to; a null part matches every record. */
	public record Filter(VisitKind kind, String customerId, String period) {
	}

	/** The custodian files a reviewed record, once. */
	@Transactional
	public VisitPlan file(UUID planId, Long expectedVersion, String custodian) {
		VisitPlan plan = plans.get(planId);
		StaleVersionException.requireCurrent("Visit plan", planId, expectedVersion, plan.version());
		plan.file(custodian, clock.instant());
		return repository.save(plan);
	}

	@Transactional(readOnly = true)
	public Page<VisitPlan> search(Filter filter, Pageable pageable) {
		return aggregates.findAll(query(filter), VisitPlan.class, pageable);
	}

	/**
	 * Every filed record of the filter, latest visit first, at most {@link #MAX_EXPORT}.
	 */
	@Transactional(readOnly = true)
	public List<VisitPlan> export(Filter filter) {
		return aggregates.findAll(query(filter).sort(LATEST_VISIT).limit(MAX_EXPORT), VisitPlan.class);
	}

	private static Query query(Filter filter) {
		return Filters.of()
			.present("filing.at")
			.equal("kind", filter.kind())
			.equal("customer.customerId", filter.customerId())
			.equal("filing.period", filter.period())
			.query();
	}

}
