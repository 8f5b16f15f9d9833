package cn.aode.servicedesk.deadline.clock.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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

import cn.aode.servicedesk.deadline.clock.ClockRequest;
import cn.aode.servicedesk.deadline.clock.ClockStatus;
import cn.aode.servicedesk.deadline.clock.DeadlineClock;
import cn.aode.servicedesk.deadline.clock.DeadlineClockService;
import cn.aode.servicedesk.deadline.clock.web.DeadlineViews.AnswerRejectionRequest;
import cn.aode.servicedesk.deadline.clock.web.DeadlineViews.ClockView;
import cn.aode.servicedesk.deadline.clock.web.DeadlineViews.ExplanationRequest;
import cn.aode.servicedesk.deadline.clock.web.DeadlineViews.ExplanationView;
import cn.aode.servicedesk.deadline.clock.web.DeadlineViews.ExtendRequest;
import cn.aode.servicedesk.deadline.clock.web.DeadlineViews.PauseRequest;
import cn.aode.servicedesk.deadline.clock.web.DeadlineViews.ProgressReportRequest;
import cn.aode.servicedesk.deadline.clock.web.DeadlineViews.SatisfyRequest;
import cn.aode.servicedesk.deadline.clock.web.DeadlineViews.StartClockRequest;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;

/**
 * Registering and driving deadline clocks; every change may send {@code If-Match} with
 * the version it saw (412 when the clock changed since).
 */
@RestController
@RequestMapping("/api/v1/deadlines")
@Tag(name = "Deadlines 限时办结", description = "DL: clocks for every promised time limit")
class DeadlineController {

	private static final String IF_MATCH = "If-Match";

	private final DeadlineClockService service;

	DeadlineController(DeadlineClockService service) {
		this.service = service;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a time limit (DL-2); no policy means 3 working days with a written reply (DL-3)")
	ResponseEntity<ClockView> start(@Valid @RequestBody StartClockRequest request) {
		DeadlineClock clock = service.start(new ClockRequest(
				new DeadlineSubject(request.subject().service(), request.subject().caseId(),
						request.subject().caseNumber(), request.subject().purpose()),
				request.title(), request.policy(), request.startsAt(), request.source(), request.responsibleStaffId(),
				request.department(), Boolean.TRUE.equals(request.writtenReplyRequired()), null));
		return ResponseEntity.created(URI.create("/api/v1/deadlines/" + clock.id()))
			.eTag(ETags.of(clock.version()))
			.body(ClockView.of(clock));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One clock")
	ResponseEntity<ClockView> get(@PathVariable UUID id) {
		return ETags.ok(service.get(id), ClockView::of);
	}

	@GetMapping
	@Operation(summary = "Clocks, soonest due first; filter by any of status, department and responsible staff")
	PageView<ClockView> list(@RequestParam(required = false) ClockStatus status,
			@RequestParam(required = false) String department, @RequestParam(required = false) String staffId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Pageable pageable = PageView.request(page, size, Sort.by("schedule.dueAt"));
		return PageView.of(service.find(status, department, staffId, pageable), ClockView::of);
	}

	@PostMapping("/{id}/pause")
	@Operation(summary = "Pause: waiting for the customer's materials or an outside permit; paused time does not count")
	ResponseEntity<ClockView> pause(@PathVariable UUID id,
			@RequestHeader(name = IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody PauseRequest request) {
		return ETags.change(ifMatch, expected -> service.pause(id, expected, request.reason()), ClockView::of);
	}

	@PostMapping("/{id}/resume")
	@Operation(summary = "Resume a paused clock; the due time moves by the paused time")
	ResponseEntity<ClockView> resume(@PathVariable UUID id,
			@RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
		return ETags.change(ifMatch, expected -> service.resume(id, expected), ClockView::of);
	}

	@PostMapping("/{id}/extension")
	@Operation(summary = "Extend the limit with a reason; approved by the leader who sends it (DL-4: a department "
			+ "head, a principal leader or the general manager)")
	ResponseEntity<ClockView> extend(@PathVariable UUID id,
			@RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody ExtendRequest request) {
		String approvedBy = caller.staffMemberWith("DL-4", Role.DEPARTMENT_HEAD, Role.PRINCIPAL_LEADER,
				Role.GENERAL_MANAGER);
		return ETags.change(ifMatch,
				expected -> service.extend(id, expected, request.dueAt(), request.reason(), approvedBy), ClockView::of);
	}

	@PostMapping("/{id}/progress-reports")
	@Operation(summary = "Report progress and the reason for delay (DL-4)")
	ResponseEntity<ClockView> reportProgress(@PathVariable UUID id,
			@RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody ProgressReportRequest request) {
		return ETags.change(ifMatch, expected -> service.reportProgress(id, expected, request.progress(),
				request.reason(), caller.staffMember()), ClockView::of);
	}

	@PostMapping("/{id}/customer-explanations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record what the customer was told about a matter that cannot be completed in time (DL-4)")
	ExplanationView explainToCustomer(@PathVariable UUID id, Caller caller,
			@Valid @RequestBody ExplanationRequest request) {
		return ExplanationView.of(service.explainToCustomer(id, request.explanation(), caller.staffMember()));
	}

	@GetMapping("/{id}/customer-explanations")
	@Operation(summary = "What the customer was told about this matter, by whom and when (DL-4, X-1)")
	List<ExplanationView> customerExplanations(@PathVariable UUID id) {
		return service.customerExplanations(id).stream().map(ExplanationView::of).toList();
	}

	@PostMapping("/{id}/satisfaction")
	@Operation(summary = "The matter is completed; say whether the result was told to the party (DL-5)")
	ResponseEntity<ClockView> satisfy(@PathVariable UUID id,
			@RequestHeader(name = IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody SatisfyRequest request) {
		return ETags.change(ifMatch, expected -> service.satisfy(id, expected, request.resultTold()), ClockView::of);
	}

	@PostMapping("/{id}/answer-rejection")
	@Operation(summary = "The requester rejects a completed matter's answer as not what was committed (DL-5)")
	ResponseEntity<ClockView> rejectAnswer(@PathVariable UUID id,
			@RequestHeader(name = IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody AnswerRejectionRequest request) {
		return ETags.change(ifMatch,
				expected -> service.rejectAnswer(id, expected, request.reason(), caller.staffMember()), ClockView::of);
	}

}
