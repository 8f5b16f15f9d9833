package cn.aode.servicedesk.notice.onetime.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import cn.aode.servicedesk.notice.onetime.NoticeForm;
import cn.aode.servicedesk.notice.onetime.NoticeSettings;
import cn.aode.servicedesk.notice.onetime.OneTimeNotice;
import cn.aode.servicedesk.notice.onetime.OneTimeNoticeService;
import cn.aode.servicedesk.notice.onetime.TripResult;
import cn.aode.servicedesk.notice.onetime.web.TripRequests.PreCheckRequest;
import cn.aode.servicedesk.notice.onetime.web.TripRequests.SupplementRequest;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;

/**
 * One-time notification over HTTP: the pre-check of a first trip (NTC-2), the notices it
 * issues, oral or written in two copies (NTC-3), and the supplement that starts handling
 * (NTC-4); later notices are checked for repeat trips (NTC-7). The staff member is the
 * caller.
 */
@RestController
@Tag(name = "One-time notices 一次性告知", description = "NTC-2, NTC-3, NTC-4, NTC-7: pre-checks, one-time "
		+ "notices (《一次性告知单》), supplements and repeat trips")
class OneTimeNoticeController {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final OneTimeNoticeService service;

	private final NoticeSettings settings;

	private final ITemplateEngine templates;

	OneTimeNoticeController(OneTimeNoticeService service, NoticeSettings settings, ITemplateEngine templates) {
		this.service = service;
		this.settings = settings;
		this.templates = templates;
	}

	@PostMapping("/api/v1/prechecks")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Pre-check the materials of a customer's first trip for a matter (NTC-2): opens an "
			+ "application; complete → handling starts now with the matter's time limit (deadline.requested); "
			+ "incomplete → every missing item at once in one notice, oral by default or WRITTEN on request (NTC-3)")
	ResponseEntity<TripView> precheck(Caller caller, @Valid @RequestBody PreCheckRequest request) {
		TripResult result = service.precheck(request.matterCode(), request.applicant().applicant(), request.materials(),
				caller.staffMember());
		return ResponseEntity.created(URI.create("/api/v1/applications/" + result.application().id()))
			.eTag(ETags.of(result.application().version()))
			.body(TripView.of(result));
	}

	@PostMapping("/api/v1/notices/{id}/supplement")
	@Operation(summary = "The customer comes back with what the application's latest notice asked for (NTC-4): "
			+ "complete → handling starts with the matter's time limit; otherwise a new notice of all that is still "
			+ "missing, each item with why it is asked again; items the first notice left out are reported for the "
			+ "first issuer's staff record (NTC-7); 409 when a later notice exists or handling started. If-Match and "
			+ "the answer's ETag are the application's version, as in the pre-check's answer")
	ResponseEntity<TripView> supplement(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody SupplementRequest request) {
		TripResult result = service.supplement(id, ETags.parseIfMatch(ifMatch), request.materials(),
				caller.staffMember());
		return ResponseEntity.ok().eTag(ETags.of(result.application().version())).body(TripView.of(result));
	}

	@PostMapping("/api/v1/notices/{id}/written")
	@Operation(summary = "The customer asks for the oral notice in writing (NTC-3): the 《一次性告知单》 in two "
			+ "copies, the customer's and the department's; 409 if it is written already")
	ResponseEntity<NoticeView> putInWriting(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ETags.change(ifMatch, expected -> service.putInWriting(id, expected, caller.staffMember()),
				this::viewOf);
	}

	@GetMapping("/api/v1/notices/{id}")
	@Operation(summary = "One notice as it was told: its items and the procedure and time limit of the catalogue "
			+ "version it was issued on, whatever the catalogue says now")
	ResponseEntity<NoticeView> get(@PathVariable UUID id) {
		return ETags.ok(service.notice(id), this::viewOf);
	}

	@GetMapping("/api/v1/notices")
	@Operation(summary = "Notices kept for inspection, newest first, by application, issuing staff member and form")
	PageView<NoticeView> list(@RequestParam(required = false) UUID applicationId,
			@RequestParam(required = false) String issuedBy, @RequestParam(required = false) NoticeForm form,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return PageView.of(service.notices(applicationId, issuedBy, form,
				PageView.request(page, size, OneTimeNoticeService.NEWEST)), this::viewOf);
	}

	@GetMapping(value = "/api/v1/notices/{id}/print", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "The written notice as a printable A4 page in Chinese: the customer's copy and the "
			+ "department's copy, one per page (NTC-3); 409 for an oral notice")
	ResponseEntity<String> print(@PathVariable UUID id) {
		OneTimeNotice notice = service.notice(id);
		if (notice.copies().isEmpty()) {
			throw new InvalidStateException(
					"Notice " + notice.number() + " was told orally; issue it in writing before printing its copies");
		}
		Context context = new Context(Locale.SIMPLIFIED_CHINESE, Map.of("company", settings.company(), "notice",
				viewOf(notice), "writtenOn", DATE.format(notice.writtenAt().atZone(CaseNumbers.BUSINESS_ZONE))));
		return ResponseEntity.ok()
			.eTag(ETags.of(notice.version()))
			.contentType(HTML)
			.body(templates.process("notice/one-time-notice", context));
	}

	private NoticeView viewOf(OneTimeNotice notice) {
		return NoticeView.of(notice, service.toldBy(notice));
	}

}
