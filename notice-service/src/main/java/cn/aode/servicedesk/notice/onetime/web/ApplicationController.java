package cn.aode.servicedesk.notice.onetime.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
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

import cn.aode.servicedesk.notice.onetime.Application;
import cn.aode.servicedesk.notice.onetime.ApplicationStatus;
import cn.aode.servicedesk.notice.onetime.OneTimeNoticeService;
import cn.aode.servicedesk.notice.onetime.TripResult;
import cn.aode.servicedesk.notice.onetime.web.TripRequests.FurtherNoticeRequest;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;

/**
 * Applications (办件) with every trip the customer made for them (NTC-7), and the
 * completion of their handling.
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications 办件", description = "NTC-2, NTC-4, NTC-7: applications, their trips and handling")
class ApplicationController {

	private final OneTimeNoticeService service;

	ApplicationController(OneTimeNoticeService service) {
		this.service = service;
	}

	@GetMapping("/{id}")
	@Operation(summary = "One application: every trip with what was found and the notice issued, its handling, "
			+ "and the one-time duty failures found (NTC-7)")
	ResponseEntity<ApplicationView> get(@PathVariable UUID id) {
		return ETags.ok(service.application(id), ApplicationView::of);
	}

	@PostMapping("/{id}/notices")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Tell the materials found missing or not in order while the application is handled "
			+ "(NTC-7): a notice of them, each with why it is asked now, interrupts the handling until the customer "
			+ "brings them (the clock keeps running); items the first notice left out are reported for the first "
			+ "issuer's staff record; 409 unless the application is being handled")
	ResponseEntity<TripView> furtherNotice(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody FurtherNoticeRequest request) {
		TripResult result = service.furtherNotice(id, ETags.parseIfMatch(ifMatch), request.found(),
				caller.staffMember());
		return ResponseEntity.created(URI.create("/api/v1/notices/" + result.notice().id()))
			.eTag(ETags.of(result.application().version()))
			.body(TripView.of(result));
	}

	@PostMapping("/{id}/completion")
	@Operation(summary = "Complete the handling (办结) with its result, which stops the handling clock "
			+ "(deadline.satisfied, DL-1); 409 unless the application is being handled")
	ResponseEntity<ApplicationView> complete(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody CompletionRequest request) {
		return ETags.change(ifMatch,
				expected -> service.completeHandling(id, expected, request.result().strip(),
						request.resultTold() == null || request.resultTold(), caller.staffMember()),
				ApplicationView::of);
	}

	/**
	 * The result of the handling.
	 *
	 * @param resultTold whether it was told to the applicant; missing means it was
	 */
	record CompletionRequest(@NotBlank @Size(max = 2000) String result, Boolean resultTold) {
	}

	@GetMapping
	@Operation(summary = "Applications, newest first, optionally by status")
	PageView<ApplicationView> list(@RequestParam(required = false) ApplicationStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return PageView.of(
				service.applications(status, PageView.request(page, size, Sort.by(Sort.Direction.DESC, "openedAt"))),
				ApplicationView::of);
	}

}
