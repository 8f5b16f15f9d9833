package cn.aode.servicedesk.specialist.assignment.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;
import cn.aode.servicedesk.specialist.assignment.Assignment;
import cn.aode.servicedesk.specialist.assignment.AssignmentService;
import cn.aode.servicedesk.specialist.assignment.web.AssignmentViews.AssignRequest;
import cn.aode.servicedesk.specialist.assignment.web.AssignmentViews.AssignmentView;
import cn.aode.servicedesk.specialist.assignment.web.AssignmentViews.CoverageGapView;
import cn.aode.servicedesk.specialist.assignment.web.AssignmentViews.WorkloadView;

/** Assigning and ending specialists, their history, coverage gaps and workloads. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Specialists 服务专员", description = "SPC-1, SPC-6: one-to-one specialists, history and coverage")
class AssignmentController {

	private final AssignmentService service;

	AssignmentController(AssignmentService service) {
		this.service = service;
	}

	@PostMapping("/customers/{crmId}/specialists")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Assign a specialist to a customer (SPC-1; the same one twice is refused, SPC-6)")
	ResponseEntity<AssignmentView> assign(@PathVariable String crmId, Caller caller,
			@Valid @RequestBody AssignRequest request) {
		Assignment assignment = service.assign(crmId, request.staffId().strip(), request.reason(),
				caller.staffMember());
		return ResponseEntity.status(HttpStatus.CREATED)
			.eTag(ETags.of(assignment.version()))
			.body(AssignmentView.of(assignment));
	}

	@DeleteMapping("/customers/{crmId}/specialists/{staffId}")
	@Operation(summary = "End a specialist's assignment; kept in the history (SPC-6). "
			+ "The last specialist of a customer with a gas need stays (SPC-1). If-Match names the version of the "
			+ "active assignment ended (412 when stale or ended already)")
	ResponseEntity<AssignmentView> end(@PathVariable String crmId, @PathVariable String staffId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) String reason, Caller caller) {
		if (reason != null && reason.length() > 500) {
			throw new IllegalArgumentException("reason must be at most 500 characters");
		}
		return ETags.change(ifMatch, expected -> service.end(crmId, staffId, expected, reason, caller.staffMember()),
				AssignmentView::of);
	}

	@GetMapping("/customers/{crmId}/specialists")
	@Operation(summary = "The customer's active specialists, or with history=true every assignment ever (SPC-6)")
	List<AssignmentView> of(@PathVariable String crmId, @RequestParam(defaultValue = "false") boolean history) {
		return service.of(crmId, history).stream().map(AssignmentView::of).toList();
	}

	@GetMapping("/specialists/coverage")
	@Operation(summary = "Customers with a gas need and no specialist: the SPC-1 coverage gaps")
	PageView<CoverageGapView> coverage(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Pageable pageable = PageView.request(page, size, Sort.unsorted());
		return PageView.of(service.coverageGaps(pageable), CoverageGapView::of);
	}

	@GetMapping("/specialists/{staffId}/workload")
	@Operation(summary = "A specialist's customers, open needs and overdue need parts now (SPC-1, SPC-4)")
	WorkloadView workload(@PathVariable String staffId) {
		return WorkloadView.of(staffId, service.workload(staffId));
	}

}
