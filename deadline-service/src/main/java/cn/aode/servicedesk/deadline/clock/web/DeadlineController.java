package cn.aode.servicedesk.deadline.clock.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.deadline.clock.ClockRequest;
import cn.aode.servicedesk.deadline.clock.ClockStatus;
import cn.aode.servicedesk.deadline.clock.DeadlineClock;
import cn.aode.servicedesk.deadline.clock.DeadlineClockService;
import cn.aode.servicedesk.deadline.clock.web.DeadlineViews.ClockView;
import cn.aode.servicedesk.deadline.clock.web.DeadlineViews.ExtendRequest;
import cn.aode.servicedesk.deadline.clock.web.DeadlineViews.PauseRequest;
import cn.aode.servicedesk.deadline.clock.web.DeadlineViews.ProgressReportRequest;
import cn.aode.servicedesk.deadline.clock.web.DeadlineViews.SatisfyRequest;
import cn.aode.servicedesk.deadline.clock.web.DeadlineViews.StartClockRequest;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.platform.web.PageView;

/** Registering and driving deadline clocks. */
@RestController
@RequestMapping("/api/v1/deadlines")
@Tag(name = "Deadlines 限时办结", description = "DL: clocks for every promised time limit")
class DeadlineController {

	private final DeadlineClockService service;

	DeadlineController(DeadlineClockService service) {
		this.service = service;
	}

	@PostMapping
	@Operation(summary = "Register a time limit (DL-2); no policy means 3 working days with a written reply (DL-3)")
	ResponseEntity<ClockView> start(@Valid @RequestBody StartClockRequest request) {
		DeadlineClock clock = service.start(new ClockRequest(
				new DeadlineSubject(request.subject().service(), request.subject().caseId(),
						request.subject().caseNumber(), request.subject().purpose()),
				request.title(), request.policy(), request.startsAt(), request.source(), request.responsibleStaffId(),
				request.department(), Boolean.TRUE.equals(request.writtenReplyRequired()), null));
		return ResponseEntity.created(URI.create("/api/v1/deadlines/" + clock.id())).body(ClockView.of(clock));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One clock")
	ClockView get(@PathVariable UUID id) {
		return ClockView.of(service.get(id));
	}

	@GetMapping
	@Operation(summary = "Clocks, soonest due first; filter by any of status, department and responsible staff")
	PageView<ClockView> list(@RequestParam(required = false) ClockStatus status,
			@RequestParam(required = false) String department, @RequestParam(required = false) String staffId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Pageable pageable = PageView.request(page, size, Sort.by("dueAt"));
		return PageView.of(service.find(status, department, staffId, pageable), ClockView::of);
	}

	@PostMapping("/{id}/pause")
	@Operation(summary = "Pause: waiting for the customer's materials or an outside permit; paused time does not count")
	ClockView pause(@PathVariable UUID id, @Valid @RequestBody PauseRequest request) {
		return ClockView.of(service.pause(id, request.reason()));
	}

	@PostMapping("/{id}/resume")
	@Operation(summary = "Resume a paused clock; the due time moves by the paused time")
	ClockView resume(@PathVariable UUID id) {
		return ClockView.of(service.resume(id));
	}

	@PostMapping("/{id}/extension")
	@Operation(summary = "Extend the limit with a reason and an approver")
	ClockView extend(@PathVariable UUID id, @Valid @RequestBody ExtendRequest request) {
		return ClockView.of(service.extend(id, request.dueAt(), request.reason(), request.approvedBy()));
	}

	@PostMapping("/{id}/progress-reports")
	@Operation(summary = "Report progress and the reason for delay (DL-4)")
	ClockView reportProgress(@PathVariable UUID id, @Valid @RequestBody ProgressReportRequest request) {
		return ClockView.of(service.reportProgress(id, request.progress(), request.reason(), request.reportedBy()));
	}

	@PostMapping("/{id}/satisfaction")
	@Operation(summary = "The matter is completed; say whether the result was told to the party (DL-5)")
	ClockView satisfy(@PathVariable UUID id, @Valid @RequestBody SatisfyRequest request) {
		return ClockView.of(service.satisfy(id, request.resultTold()));
	}

}
