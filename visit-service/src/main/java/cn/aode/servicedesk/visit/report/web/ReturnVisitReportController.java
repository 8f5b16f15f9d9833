package cn.aode.servicedesk.visit.report.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;
import cn.aode.servicedesk.visit.plan.ReviewState;
import cn.aode.servicedesk.visit.report.ReturnVisitReport;
import cn.aode.servicedesk.visit.report.ReturnVisitReportService;

/**
 * Visit reports (《客户回访报告表》, VST-10) and their review by the supervisor (VST-11), for
 * staff only: a customer's token reaches {@code GET /api/v1/visits/*} but is refused here
 * (403).
 */
@RestController
@RequestMapping("/api/v1/visits/reports")
@Tag(name = "Visit reports 回访报告", description = "VST-10, VST-11: reports on a batch of visits and their review")
class ReturnVisitReportController {

	private final ReturnVisitReportService reports;

	ReturnVisitReportController(ReturnVisitReportService reports) {
		this.reports = reports;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Write a visit report (VST-10) on the visits of a period, optionally of one visitor and one "
			+ "kind: summary and evaluation by the caller, figures counted from the records; none answers 422 VST-10")
	ResponseEntity<ReturnVisitReportView> write(Caller caller, @Valid @RequestBody WriteReportRequest request) {
		ReturnVisitReport report = reports.write(request.draft(), caller.staffMember());
		return ResponseEntity.created(URI.create("/api/v1/visits/reports/" + report.id()))
			.eTag(ETags.of(report.version()))
			.body(ReturnVisitReportView.of(report));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One visit report with its figures and review")
	ResponseEntity<ReturnVisitReportView> get(Caller caller, @PathVariable UUID id) {
		caller.staffMember();
		return ETags.ok(reports.get(id), ReturnVisitReportView::of);
	}

	@GetMapping
	@Operation(summary = "Visit reports, newest first; filter by review state (VST-11)")
	PageView<ReturnVisitReportView> list(Caller caller, @RequestParam(required = false) ReviewState reviewState,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		caller.staffMember();
		return PageView.of(
				reports.find(reviewState, PageView.request(page, size, ReturnVisitReportService.NEWEST_FIRST)),
				ReturnVisitReportView::of);
	}

	@PostMapping("/{id}/revision")
	@Operation(summary = "The author reworks a report the supervisor returned (VST-11): its summary and evaluation; "
			+ "it waits for review again. Anyone but its author answers 403 naming VST-11, a report not returned 409")
	ResponseEntity<ReturnVisitReportView> revise(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody ReviseReportRequest request) {
		return ETags.change(ifMatch,
				expected -> reports.revise(id, expected, request.summary(), request.evaluation(), caller.staffMember()),
				ReturnVisitReportView::of);
	}

	@PostMapping("/{id}/review")
	@Operation(summary = "The supervisor reviews a visit report (VST-11), once: REVIEWED or RETURNED_FOR_REWORK, "
			+ "with guidance; anyone but a supervisor answers 403 naming VST-11")
	ResponseEntity<ReturnVisitReportView> review(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody ReviewReportRequest request) {
		String supervisor = caller.staffMemberWith("VST-11", Role.SUPERVISOR);
		return ETags.change(ifMatch, expected -> reports.review(id, expected, request.decision(), supervisor),
				ReturnVisitReportView::of);
	}

}
