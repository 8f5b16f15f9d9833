package cn.aode.servicedesk.visit.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.events.customer.CustomerUpserted;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.cases.Texts;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.query.Filters;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/**
 * Plans visits from facts of other areas (VST-2, VST-3, VST-4) and for staff (VST-1,
 * VST-5), records them (VST-8) with the follow-up of a dissatisfied answer (VST-9), each
 * change in one transaction with its event; looks plans up.
 */
@Service
public class VisitPlanService {

	/** Prefix of visit plan numbers (回访). */
	static final String NUMBER_PREFIX = "HF";

	/** Soonest due first, then in the order they were planned. */
	public static final Sort SOONEST_DUE = Sort.by("dueBy", "planning.plannedAt");

	/** The longest content a plan keeps (visit_plan.content). */
	private static final int MAX_CONTENT = 4000;

	private static final Texts TEXTS = Texts.of(VisitPlanService.class);

	private final VisitPlans plans;

	private final JdbcAggregateOperations aggregates;

	private final CaseNumbers numbers;

	private final Clock clock;

	private final Period complaintRevisitWithin;

	private final Period followUpWithin;

	private final Period afterSalesWarranty;

	VisitPlanService(VisitPlans plans, JdbcAggregateOperations aggregates, CaseNumbers numbers, Clock clock,
			@Value("${servicedesk.visits.complaint-revisit-within:P3D}") Period complaintRevisitWithin,
			@Value("${servicedesk.visits.follow-up-within:P3D}") Period followUpWithin,
			@Value("${servicedesk.visits.after-sales.warranty:P2Y}") Period afterSalesWarranty) {
		this.plans = plans;
		this.aggregates = aggregates;
		this.numbers = numbers;
		this.clock = clock;
		this.complaintRevisitWithin = complaintRevisitWithin;
		this.followUpWithin = followUpWithin;
		this.afterSalesWarranty = afterSalesWarranty;
	}

	/** VST-4: a handled complaint is revisited. */
	@Transactional
	public VisitPlan planComplaintRevisit(ComplaintResolved complaint) {
		LocalDate resolvedOn = LocalDate.ofInstant(complaint.occurredAt(), CaseNumbers.BUSINESS_ZONE);
		VisitAgenda agenda = new VisitAgenda(
				TEXTS.format("complaint-revisit.content", complaint.complaintNumber(), complaint.resolution()),
				TEXTS.format("complaint-revisit.purpose"));
		return plans.save(VisitPlan.complaintRevisit(numbers.next(NUMBER_PREFIX),
				new SourceCase(complaint.complaintId().toString(), complaint.complaintNumber()),
				new VisitedCustomer(complaint.customerId(), complaint.customerName(), complaint.customerPhone()),
				agenda, resolvedOn.plus(complaintRevisitWithin), clock.instant()));
	}

	/**
	 * VST-2, VST-3: the visits a customer's facts from the CRM call for, each planned
	 * once however often the customer is sent: gas connected → one maintenance visit
	 * (VST-3); project accepted → the after-sales schedule of the default warranty
	 * (VST-2, the event carries none). A fact that changed to a new date cancels the
	 * still planned visits of the old date and schedules the new one; a longer warranty
	 * adds the missing later visits to a schedule. A visit due before today is not
	 * planned (a fact that reaches us late, or customers loaded from the CRM's history).
	 */
	@Transactional
	public void planFromCustomer(CustomerUpserted customer) {
		VisitedCustomer visited = new VisitedCustomer(customer.crmId(), customer.name(), customer.phone());
		if (customer.gasConnectedOn() != null) {
			schedule(visited, List.of(VisitSchedule.maintenance(customer.gasConnectedOn())), "maintenance");
		}
		if (customer.projectAcceptedOn() != null) {
			schedule(visited, VisitSchedule.afterSales(customer.projectAcceptedOn(), afterSalesWarranty),
					"after-sales");
		}
	}

	private void schedule(VisitedCustomer customer, List<ScheduledVisit> visits, String texts) {
		ScheduledVisit first = visits.get(0);
		List<VisitPlan> existing = aggregates.findAll(
				Filters.of().equal("kind", first.kind()).equal("customer.customerId", customer.customerId()).query(),
				VisitPlan.class);
		for (VisitPlan plan : existing) {
			if (plan.triggeredOn() != null && !plan.triggeredOn().equals(first.triggeredOn())
					&& plan.status() == VisitStatus.PLANNED) {
				plan.cancel();
				plans.save(plan);
			}
		}
		Set<Integer> planned = existing.stream()
			.filter(plan -> first.triggeredOn().equals(plan.triggeredOn()))
			.map(VisitPlan::scheduleSlot)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, CaseNumbers.BUSINESS_ZONE);
		SourceCase source = new SourceCase(customer.customerId(),
				TEXTS.format(texts + ".reference", first.triggeredOn().toString()));
		for (ScheduledVisit visit : visits) {
			if (planned.contains(visit.slot()) || visit.dueBy().isBefore(today)) {
				continue;
			}
			VisitAgenda agenda = new VisitAgenda(
					TEXTS.format(texts + ".content", visit.triggeredOn().toString(), String.valueOf(visit.slot() + 1)),
					TEXTS.format(texts + ".purpose"));
			plans.save(VisitPlan.scheduled(numbers.next(NUMBER_PREFIX), visit, source, customer, agenda, now));
		}
	}

	/** VST-1, VST-5: a special or periodic visit planned by a staff member. */
	@Transactional
	public VisitPlan plan(NewVisit visit, String plannedBy) {
		return plans.save(VisitPlan.byStaff(numbers.next(NUMBER_PREFIX), visit, plannedBy, clock.instant()));
	}

	/**
	 * VST-8: records the visit of a plan, once. VST-9: a dissatisfied answer plans its
	 * follow-up in the same transaction; since a plan is recorded once (and the database
	 * keeps one follow-up per plan), a retried record never plans a second.
	 * @param expectedVersion the version the caller saw ({@code If-Match}), or null to
	 * skip the check
	 */
	@Transactional
	public VisitPlan record(UUID planId, Long expectedVersion, VisitReport report) {
		VisitPlan plan = get(planId);
		StaleVersionException.requireCurrent("Visit plan", planId, expectedVersion, plan.version());
		Instant now = clock.instant();
		plan.record(report, now);
		VisitPlan recorded = plans.save(plan);
		if (recorded.callsForFollowUp()) {
			plans.save(recorded.followUp(numbers.next(NUMBER_PREFIX), followUpAgenda(recorded),
					LocalDate.ofInstant(now, CaseNumbers.BUSINESS_ZONE).plus(followUpWithin), now));
		}
		return recorded;
	}

	/** VST-11: the supervisor reviews a visit's record. */
	@Transactional
	public VisitPlan review(UUID planId, Long expectedVersion, ReviewDecision decision, String supervisor) {
		VisitPlan plan = get(planId);
		StaleVersionException.requireCurrent("Visit plan", planId, expectedVersion, plan.version());
		plan.review(decision, supervisor, clock.instant());
		return plans.save(plan);
	}

	/** The follow-up of a plan (VST-9), or empty when it has none. */
	@Transactional(readOnly = true)
	public Optional<VisitPlan> followUpOf(UUID planId) {
		return aggregates.findOne(Filters.of().equal("planning.followUpOf", planId).query(), VisitPlan.class);
	}

	private static VisitAgenda followUpAgenda(VisitPlan visited) {
		String said = visited.customerOpinion() != null && !visited.customerOpinion().isBlank()
				? visited.customerOpinion() : visited.problemsFound() != null && !visited.problemsFound().isBlank()
						? visited.problemsFound() : visited.summary();
		String content = TEXTS.format("follow-up.content", visited.number(), visited.satisfaction().zh(), said);
		return new VisitAgenda(content.length() > MAX_CONTENT ? content.substring(0, MAX_CONTENT) : content,
				TEXTS.format("follow-up.purpose"));
	}

	@Transactional(readOnly = true)
	public VisitPlan get(UUID planId) {
		return plans.findById(planId).orElseThrow(() -> new NotFoundException("Visit plan", planId));
	}

	/** Plans matching every filter given (a null filter matches all). */
	@Transactional(readOnly = true)
	public Page<VisitPlan> find(Filter filter, Pageable pageable) {
		return aggregates.findAll(Filters.of()
			.equal("source.caseId", filter.sourceCaseId())
			.equal("kind", filter.kind())
			.equal("status", filter.status())
			.equal("review.state", filter.reviewState())
			.equal("customer.customerId", filter.customerId())
			.query(), VisitPlan.class, pageable);
	}

	/**
	 * What a list of plans is narrowed to; a null part matches every plan.
	 *
	 * @param sourceCaseId the case that caused the plans (e.g. a complaint id)
	 * @param customerId the visited customer's CRM id (a customer sees only their own)
	 */
	public record Filter(String sourceCaseId, VisitKind kind, VisitStatus status, ReviewState reviewState,
			String customerId) {
	}

	/**
	 * The plans caused by one case (e.g. a complaint id), optionally only those of one
	 * status, soonest due first.
	 */
	@Transactional(readOnly = true)
	public List<VisitPlan> findBySource(String sourceCaseId, VisitStatus status, String customerId) {
		return aggregates.findAll(Filters.of()
			.equal("source.caseId", sourceCaseId)
			.equal("status", status)
			.equal("customer.customerId", customerId)
			.query()
			.sort(SOONEST_DUE), VisitPlan.class);
	}

}
