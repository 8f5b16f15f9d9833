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
import cn.aode.servicedesk.platform.projection.CustomerSpecialists;
import cn.aode.servicedesk.visit.customer.CustomerProfile;
import cn.aode.servicedesk.visit.customer.Customers;

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

	/**
	 * How many complaints, appointments and earlier visits a preparation pack lists
	 * (VST-7).
	 */
	private static final int HISTORY = 20;

	private static final Texts TEXTS = Texts.of(VisitPlanService.class);

	private final VisitPlans plans;

	private final JdbcAggregateOperations aggregates;

	private final CaseNumbers numbers;

	private final Clock clock;

	private final Period complaintRevisitWithin;

	private final Period followUpWithin;

	private final Period afterSalesWarranty;

	private final Customers customers;

	private final VisitTimes times;

	private final CustomerSpecialists specialists;

	VisitPlanService(VisitPlans plans, JdbcAggregateOperations aggregates, CaseNumbers numbers, Clock clock,
			Customers customers, CustomerSpecialists specialists, VisitTimes times,
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
		this.customers = customers;
		this.specialists = specialists;
		this.times = times;
	}

	/**
	 * VST-4: a handled complaint is revisited, by the customer's specialist at the first
	 * free time in their contact windows (VST-5, VST-6).
	 */
	@Transactional
	public VisitPlan planComplaintRevisit(ComplaintResolved complaint) {
		LocalDate dueBy = LocalDate.ofInstant(complaint.occurredAt(), CaseNumbers.BUSINESS_ZONE)
			.plus(complaintRevisitWithin);
		VisitAgenda agenda = new VisitAgenda(
				TEXTS.format("complaint-revisit.content", complaint.complaintNumber(), complaint.resolution()),
				TEXTS.format("complaint-revisit.purpose"));
		Instant now = clock.instant();
		return plans.save(VisitPlan.complaintRevisit(numbers.next(NUMBER_PREFIX),
				new SourceCase(complaint.complaintId().toString(), complaint.complaintNumber()),
				new VisitedCustomer(complaint.customerId(), complaint.customerName(), complaint.customerPhone()),
				agenda, dueBy, proposed(complaint.customerId(), windowsOf(complaint.customerId()), dueBy, now), now));
	}

	/**
	 * VST-5, VST-6: the customer's specialist visits at the first free time in the
	 * customer's windows.
	 */
	private Arrangement proposed(String customerId, String windows, LocalDate dueBy, Instant now) {
		return arranged(customerId, windows, null, null, false, List.of(), dueBy, now);
	}

	private String windowsOf(String customerId) {
		return customerId == null ? null
				: customers.profile(customerId).map(CustomerProfile::preferredContactWindows).orElse(null);
	}

	/**
	 * VST-2, VST-3: the visits a customer's facts from the CRM call for, each planned
	 * once however often the customer is sent: gas connected → one maintenance visit
	 * (VST-3); project accepted → the after-sales schedule up to the project's warranty
	 * end, or the default warranty's when the CRM keeps none (VST-2). A fact that changed
	 * to a new date cancels the still planned visits of the old date and schedules the
	 * new one; a longer warranty adds the missing later visits to a schedule. A visit due
	 * before today is not planned (a fact that reaches us late, or customers loaded from
	 * the CRM's history).
	 */
	@Transactional
	public void planFromCustomer(CustomerUpserted customer) {
		VisitedCustomer visited = new VisitedCustomer(customer.crmId(), customer.name(), customer.phone());
		String windows = customer.preferredContactWindows();
		if (customer.gasConnectedOn() != null) {
			schedule(visited, windows, List.of(VisitSchedule.maintenance(customer.gasConnectedOn())), "maintenance");
		}
		if (customer.projectAcceptedOn() != null) {
			LocalDate warrantyEndsOn = customer.warrantyEndsOn() != null ? customer.warrantyEndsOn()
					: customer.projectAcceptedOn().plus(afterSalesWarranty);
			schedule(visited, windows, VisitSchedule.afterSales(customer.projectAcceptedOn(), warrantyEndsOn),
					"after-sales");
		}
	}

	private void schedule(VisitedCustomer customer, String windows, List<ScheduledVisit> visits, String texts) {
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
			plans.save(VisitPlan.scheduled(numbers.next(NUMBER_PREFIX), visit, source, customer, agenda,
					proposed(customer.customerId(), windows, visit.dueBy(), now), now));
		}
	}

	/**
	 * VST-1: a visit scheduled by rule for a known customer (e.g. the quarter's periodic
	 * visit), by their specialist in their windows; the database refuses a second plan of
	 * the same kind, customer, date and slot.
	 */
	@Transactional
	public VisitPlan planScheduled(CustomerProfile customer, ScheduledVisit visit, String reference,
			VisitAgenda agenda) {
		Instant now = clock.instant();
		return plans
			.save(VisitPlan.scheduled(numbers.next(NUMBER_PREFIX), visit, new SourceCase(customer.crmId(), reference),
					new VisitedCustomer(customer.crmId(), customer.name(), customer.phone()), agenda,
					proposed(customer.crmId(), customer.preferredContactWindows(), visit.dueBy(), now), now));
	}

	/**
	 * VST-1, VST-5: a special or periodic visit planned by a staff member, by the visitor
	 * named or the customer's specialist, at the time chosen — inside the customer's
	 * windows unless the customer asked for it (VST-6) — or else the first free one.
	 */
	@Transactional
	public VisitPlan plan(NewVisit visit, String plannedBy) {
		Instant now = clock.instant();
		VisitPlan plan = VisitPlan.byStaff(numbers.next(NUMBER_PREFIX), visit, plannedBy, now);
		String customerId = plan.customerId();
		plan.arrange(arranged(customerId, windowsOf(customerId), visit.visitor(), visit.scheduledFor(),
				visit.customerAsked(), List.of(), visit.dueBy(), now), now);
		return plans.save(plan);
	}

	/**
	 * VST-5, VST-6: arranges a planned visit again — another visitor, a time chosen
	 * (inside the customer's windows and outside the busy times they named, unless the
	 * customer asked for it) or the first free time that avoids those busy times.
	 */
	@Transactional
	public VisitPlan arrange(UUID planId, Long expectedVersion, Rearrangement change) {
		VisitPlan plan = get(planId);
		StaleVersionException.requireCurrent("Visit plan", planId, expectedVersion, plan.version());
		Instant now = clock.instant();
		plan.arrange(arranged(plan.customerId(), windowsOf(plan.customerId()),
				change.visitor() == null ? plan.visitor() : change.visitor(), change.scheduledFor(),
				change.customerAsked(), change.busy(), plan.dueBy(), now), now);
		return plans.save(plan);
	}

	private Arrangement arranged(String customerId, String windows, String visitor, Instant chosen,
			boolean customerAsked, List<Busy> busy, LocalDate dueBy, Instant now) {
		String by = visitor != null ? visitor
				: customerId == null ? null : specialists.specialistOf(customerId).orElse(null);
		return Arrangement.of(by, chosen == null ? times.propose(windows, busy, now, dueBy)
				: times.check(chosen, windows, busy, customerAsked, dueBy));
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
			LocalDate dueBy = LocalDate.ofInstant(now, CaseNumbers.BUSINESS_ZONE).plus(followUpWithin);
			plans.save(recorded.followUp(numbers.next(NUMBER_PREFIX), followUpAgenda(recorded), dueBy,
					proposed(recorded.customerId(), windowsOf(recorded.customerId()), dueBy, now), now));
		}
		return recorded;
	}

	/** VST-11: the visitor reworks a record the supervisor returned. */
	@Transactional
	public VisitPlan revise(UUID planId, Long expectedVersion, String customerOpinion, String problemsFound,
			String summary, String reviser) {
		VisitPlan plan = get(planId);
		StaleVersionException.requireCurrent("Visit plan", planId, expectedVersion, plan.version());
		plan.revise(customerOpinion, problemsFound, summary, reviser);
		return plans.save(plan);
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

	/**
	 * VST-7: the visitor's preparation pack for a plan, from the local projections (at
	 * most {@code HISTORY} complaints and earlier visits).
	 */
	@Transactional(readOnly = true)
	public PreparationPack preparation(UUID planId) {
		VisitPlan plan = get(planId);
		String customerId = plan.customerId();
		if (customerId == null) {
			return new PreparationPack(plan, null, null, times.windows(null), List.of(), List.of(), List.of());
		}
		Optional<CustomerProfile> profile = customers.profile(customerId);
		List<VisitPlan> earlier = aggregates
			.findAll(Filters.of()
				.equal("customer.customerId", customerId)
				.equal("status", VisitStatus.VISITED)
				.query()
				.sort(Sort.by(Sort.Direction.DESC, "record.visitedAt"))
				.limit(HISTORY), VisitPlan.class)
			.stream()
			.filter(visit -> !visit.id().equals(planId))
			.toList();
		return new PreparationPack(plan, profile.orElse(null), specialists.specialistOf(customerId).orElse(null),
				times.windows(profile.map(CustomerProfile::preferredContactWindows).orElse(null)),
				customers.complaintsOf(customerId, HISTORY), customers.appointmentsOf(customerId, HISTORY), earlier);
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
