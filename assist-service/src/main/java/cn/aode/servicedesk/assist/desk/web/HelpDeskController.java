package cn.aode.servicedesk.assist.desk.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import cn.aode.servicedesk.assist.desk.DeskCase;
import cn.aode.servicedesk.assist.desk.DeskCaseStatus;
import cn.aode.servicedesk.assist.desk.HelpDesk;
import cn.aode.servicedesk.assist.notice.PreCheck;
import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;

/**
 * The help desk (AST-5, AST-6): consultations and pre-checks of the applicant's
 * materials; the helper's token is relayed to notice-service for the pre-check.
 */
@RestController
@RequestMapping("/api/v1/assists")
@Tag(name = "Help desk 帮办代办服务台", description = "AST-5, AST-6: consultations and material pre-checks")
class HelpDeskController {

	private final HelpDesk desk;

	HelpDeskController(HelpDesk desk) {
		this.desk = desk;
	}

	/** Who applies. */
	record ApplicantRequest(@NotBlank @Size(max = 100) String name,
			@NotBlank @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}",
					message = "must be a mainland mobile or landline number") String phone,
			@Size(max = 64) String customerId) {

		PreCheck.Applicant applicant() {
			return new PreCheck.Applicant(name, phone, customerId);
		}

	}

	/** A consultation about a matter. */
	record ConsultationRequest(@NotNull @Valid ApplicantRequest applicant, @NotBlank @Size(max = 40) String matterCode,
			@Size(max = 2000) String question) {
	}

	/** A material presented, with a problem the helper found, if any. */
	record PresentedRequest(@NotBlank @Size(max = 40) String code, @Size(max = 500) String problem) {
	}

	/** What the applicant brought for a matter. */
	record PreCheckRequest(@NotNull @Valid ApplicantRequest applicant, @NotBlank @Size(max = 40) String matterCode,
			@NotNull @Size(max = 50) List<@NotNull @Valid PresentedRequest> presented,
			@Size(max = 50) Set<@NotBlank String> applicable) {

		PreCheck check() {
			return new PreCheck(matterCode, applicant.applicant(),
					presented.stream().map(item -> new PreCheck.Presented(item.code(), item.problem())).toList(),
					applicable == null ? Set.of() : applicable);
		}

	}

	/** A help desk case as the API shows it. */
	record DeskCaseView(UUID id, String number, Label kind, Label status, String applicantName, String applicantPhone,
			String customerId, String matterCode, String matterName, String question, String told, String applicationId,
			String applicationNumber, List<String> missing, String handledBy, Instant createdAt, Instant updatedAt,
			long version) {

		static DeskCaseView of(DeskCase desk) {
			return new DeskCaseView(desk.id(), desk.number(), Label.of(desk.kind()), Label.of(desk.status()),
					desk.applicantName(), desk.applicantPhone(), desk.customerId(), desk.matterCode(),
					desk.matterName(), desk.question(), desk.told(), desk.applicationId(), desk.applicationNumber(),
					desk.missing(), desk.handledBy(), desk.createdAt(), desk.updatedAt(), desk.version());
		}

	}

	@PostMapping("/consultations")
	@Operation(summary = "A consultation (AST-5): the matter's procedure, complete materials list with how to obtain "
			+ "each, and time limit, from notice-service's catalogue, recorded as told; free of charge")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<DeskCaseView> consult(Caller caller, @Valid @RequestBody ConsultationRequest request) {
		DeskCase consultation = desk.consult(request.applicant().applicant(), request.matterCode(), request.question(),
				caller.staffMember());
		return created(consultation);
	}

	@PostMapping("/prechecks")
	@Operation(summary = "Pre-check the applicant's materials (AST-6 = NTC-2) in notice-service: complete → GUIDED, "
			+ "the helper leads them through; incomplete → AWAITING_MATERIALS with every missing item and how to obtain "
			+ "it; notice-service unavailable → 202 PRECHECK_PENDING, kept to be retried")
	@ApiResponse(responseCode = "201", description = "Pre-checked: GUIDED or AWAITING_MATERIALS")
	@ApiResponse(responseCode = "202", description = "notice-service unavailable: PRECHECK_PENDING, retried later")
	ResponseEntity<DeskCaseView> precheck(Caller caller, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
			@Valid @RequestBody PreCheckRequest request) {
		return created(desk.assist(request.check(), authorization, caller.staffMember()));
	}

	@PostMapping("/cases/{id}/precheck")
	@Operation(summary = "Retry a pending pre-check (AST-6) with the same idempotency key; If-Match names the version "
			+ "retried (412 when stale)")
	@ApiResponse(responseCode = "200", description = "Pre-checked: GUIDED or AWAITING_MATERIALS")
	@ApiResponse(responseCode = "202", description = "notice-service still unavailable: PRECHECK_PENDING")
	ResponseEntity<DeskCaseView> retry(@PathVariable UUID id,
			@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		DeskCase desk = this.desk.retry(id, ETags.parseIfMatch(ifMatch), authorization);
		return ResponseEntity
			.status(desk.status() == DeskCaseStatus.PRECHECK_PENDING ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.eTag(ETags.of(desk.version()))
			.body(DeskCaseView.of(desk));
	}

	@GetMapping("/cases/{id}")
	@Operation(summary = "One help desk case")
	ResponseEntity<DeskCaseView> get(@PathVariable UUID id) {
		return ETags.ok(desk.get(id), DeskCaseView::of);
	}

	@GetMapping("/cases")
	@Operation(summary = "Help desk cases, latest first, optionally of one status (e.g. PRECHECK_PENDING)")
	PageView<DeskCaseView> list(@RequestParam(required = false) DeskCaseStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return PageView.of(desk.list(status, PageView.request(page, size, Sort.by(Sort.Direction.DESC, "createdAt"))),
				DeskCaseView::of);
	}

	private static ResponseEntity<DeskCaseView> created(DeskCase desk) {
		return ResponseEntity
			.status(desk.status() == DeskCaseStatus.PRECHECK_PENDING ? HttpStatus.ACCEPTED : HttpStatus.CREATED)
			.location(URI.create("/api/v1/assists/cases/" + desk.id()))
			.eTag(ETags.of(desk.version()))
			.body(DeskCaseView.of(desk));
	}

}
