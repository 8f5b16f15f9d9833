package cn.aode.servicedesk.visit.plan.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;
import cn.aode.servicedesk.visit.plan.ReviewState;
import cn.aode.servicedesk.visit.plan.VisitKind;
import cn.aode.servicedesk.visit.plan.VisitPlan;
import cn.aode.servicedesk.visit.plan.VisitPlanService;
import cn.aode.servicedesk.visit.plan.VisitStatus;

/** Looking up visit plans and recording their visits. */
@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Visit plans 回访计划", description = "VST: planned return visits of every kind and their records")
class VisitPlanController {

	private final VisitPlanService plans;

	VisitPlanController(VisitPlanService plans) {
		this.plans = plans;
	}

	@GetMapping("/{id}")
	@Operation(summary = "One visit plan, with its record once visited; a customer sees only their own")
	ResponseEntity<VisitPlanView> get(Caller caller, @PathVariable UUID id) {
		VisitPlan plan = plans.get(id);
		if (caller.isCustomer() && !caller.crmId().equals(plan.customerId())) {
			throw new NotFoundException("Visit plan", id);
		}
		return ETags.ok(plan, VisitPlanView::of);
	}

	@GetMapping("/{id}/preparation")
	@Operation(summary = "The visitor's preparation pack (VST-7): the customer's basic data, contacts, specialist, "
			+ "contact windows and service history (complaints, earlier visits), from local projections")
	PreparationView preparation(@PathVariable UUID id) {
		return PreparationView.of(plans.preparation(id));
	}

	@GetMapping
	@Operation(summary = "Visit plans, soonest due first; filter by the case that caused them (e.g. a complaint id), "
			+ "kind, status and the review state of their records (VST-11); a customer gets only their own")
	PageView<VisitPlanView> list(Caller caller, @RequestParam(required = false) String sourceCaseId,
			@RequestParam(required = false) VisitKind kind, @RequestParam(required = false) VisitStatus status,
			@RequestParam(required = false) ReviewState reviewState, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Pageable pageable = PageView.request(page, size, VisitPlanService.SOONEST_DUE);
		return PageView.of(plans
			.find(new VisitPlanService.Filter(sourceCaseId, kind, status, reviewState, ownOnly(caller)), pageable),
				VisitPlanView::of);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Plan a special or periodic visit (VST-1, VST-5): kind, customer, content, purpose, due date "
			+ "and an optional proposed time; the planner is the calling staff member; other kinds answer 422 VST-1")
	ResponseEntity<VisitPlanView> plan(Caller caller, @Valid @RequestBody PlanVisitRequest request) {
		VisitPlan plan = plans.plan(request.visit(), caller.staffMember());
		return ResponseEntity.created(URI.create("/api/v1/visits/" + plan.id()))
			.eTag(ETags.of(plan.version()))
			.body(VisitPlanView.of(plan));
	}

	@PostMapping("/{id}/arrangement")
	@Operation(summary = "Arrange a planned visit again (VST-5, VST-6): another visitor, a chosen time — inside the "
			+ "customer's contact windows on the business calendar and outside the busy times given, else 422 VST-6 "
			+ "unless customerAsked — or, without one, the first free time avoiding the busy times")
	ResponseEntity<VisitPlanView> arrange(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ArrangeVisitRequest request) {
		return ETags.change(ifMatch, expected -> plans.arrange(id, expected, request.rearrangement()),
				VisitPlanView::of);
	}

	@PostMapping("/{id}/record")
	@Operation(summary = "Record the visit of a plan (回访记录, VST-8), once: when and by whom, the customer's "
			+ "satisfaction and opinion (required for a complaint revisit, VST-4) and a summary; "
			+ "whether it took place within the planned time is kept as onTime (false: overdue); a dissatisfied or "
			+ "very dissatisfied answer plans one special follow-up visit (VST-9)")
	ResponseEntity<VisitPlanView> record(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody RecordVisitRequest request) {
		return ETags.change(ifMatch, expected -> plans.record(id, expected, request.report(caller.staffMember())),
				VisitPlanView::of);
	}

	@PostMapping("/{id}/revision")
	@Operation(summary = "The visitor reworks a record the supervisor returned (VST-11): the customer's opinion, the "
			+ "problems found and the summary; it waits for review again. Anyone but its visitor answers 403 naming "
			+ "VST-11, a record not returned 409")
	ResponseEntity<VisitPlanView> revise(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody ReviseRecordRequest request) {
		return ETags.change(ifMatch, expected -> plans.revise(id, expected, request.customerOpinion(),
				request.problemsFound(), request.summary(), caller.staffMember()), VisitPlanView::of);
	}

	@PostMapping("/{id}/review")
	@Operation(summary = "The supervisor reviews a visit's record (VST-11), once: REVIEWED or RETURNED_FOR_REWORK, "
			+ "with guidance; anyone but a supervisor answers 403 naming VST-11")
	ResponseEntity<VisitPlanView> review(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody ReviewRequest request) {
		String supervisor = caller.staffMemberWith("VST-11", Role.SUPERVISOR);
		return ETags.change(ifMatch, expected -> plans.review(id, expected, request.decision(), supervisor),
				VisitPlanView::of);
	}

	/**
	 * A customer's CRM id, to show them only their own plans; null (everyone's) for
	 * staff.
	 */
	private static String ownOnly(Caller caller) {
		return caller.isCustomer() ? caller.crmId() : null;
	}

}
