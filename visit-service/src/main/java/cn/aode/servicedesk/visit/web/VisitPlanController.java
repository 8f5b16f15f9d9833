package cn.aode.servicedesk.visit.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.web.PageView;
import cn.aode.servicedesk.visit.VisitKind;
import cn.aode.servicedesk.visit.VisitPlans;

/** Looking up visit plans. */
@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Visit plans 回访计划", description = "VST: planned return visits of every kind")
class VisitPlanController {

	private final VisitPlans plans;

	VisitPlanController(VisitPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/{id}")
	@Operation(summary = "One visit plan")
	VisitPlanView get(@PathVariable UUID id) {
		return plans.findById(id).map(VisitPlanView::of).orElseThrow(() -> new NotFoundException("Visit plan", id));
	}

	@GetMapping(params = "sourceCaseId")
	@Operation(summary = "The visit plans caused by one case (e.g. a complaint id)")
	List<VisitPlanView> bySource(@RequestParam String sourceCaseId) {
		return plans.findBySourceCaseId(sourceCaseId).stream().map(VisitPlanView::of).toList();
	}

	@GetMapping(params = "!sourceCaseId")
	@Operation(summary = "Visit plans, soonest due first, optionally of one kind")
	PageView<VisitPlanView> list(@RequestParam(required = false) VisitKind kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
				Sort.by("dueBy", "plannedAt"));
		return PageView.of(kind == null ? plans.findAll(pageable) : plans.findByKind(kind, pageable),
				VisitPlanView::of);
	}

}
