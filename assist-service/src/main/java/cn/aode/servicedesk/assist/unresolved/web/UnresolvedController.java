package cn.aode.servicedesk.assist.unresolved.web;

import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
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

import cn.aode.servicedesk.assist.unresolved.UnresolvedCase;
import cn.aode.servicedesk.assist.unresolved.UnresolvedCause;
import cn.aode.servicedesk.assist.unresolved.UnresolvedWindow;
import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;

/**
 * The "could-not-get-it-done" window (AST-1): staff receive the cases, the center's head
 * resolves them and reads the monthly report.
 */
@RestController
@RequestMapping("/api/v1/assists/unresolved")
@Tag(name = "Could-not-get-it-done window 办不成事反映窗口", description = "AST-1: escalated to the center's head at once")
class UnresolvedController {

	private final UnresolvedWindow window;

	UnresolvedController(UnresolvedWindow window) {
		this.window = window;
	}

	/** What the applicant reports. */
	record ReportRequest(@NotBlank @Size(max = 100) String applicantName,
			@NotBlank @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}",
					message = "must be a mainland mobile or landline number") String applicantPhone,
			@Size(max = 64) String customerId, @NotBlank @Size(max = 200) String matter,
			@NotBlank @Size(max = 4000) String account, @NotNull UnresolvedCause cause) {

		UnresolvedWindow.Report report() {
			return new UnresolvedWindow.Report(applicantName, applicantPhone, customerId, matter, account, cause);
		}

	}

	/** How the head resolved it. */
	record ResolutionRequest(@NotBlank @Size(max = 4000) String resolution) {
	}

	/** A case as the API shows it. */
	record UnresolvedView(UUID id, String number, String applicantName, String applicantPhone, String customerId,
			String matter, String account, Label cause, String escalatedTo, String receivedBy, Instant receivedAt,
			String resolution, String resolvedBy, Instant resolvedAt, long version) {

		static UnresolvedView of(UnresolvedCase unresolved) {
			return new UnresolvedView(unresolved.id(), unresolved.number(), unresolved.applicantName(),
					unresolved.applicantPhone(), unresolved.customerId(), unresolved.matter(), unresolved.account(),
					Label.of(unresolved.cause()), unresolved.escalatedTo(), unresolved.receivedBy(),
					unresolved.receivedAt(), unresolved.resolution(), unresolved.resolvedBy(), unresolved.resolvedAt(),
					unresolved.version());
		}

	}

	/** The monthly report as the API shows it. */
	record MonthReportView(YearMonth month, long received, long resolved, long open, List<CauseView> byCause,
			Double averageHoursToResolution, Double longestHoursToResolution) {

		static MonthReportView of(UnresolvedWindow.MonthReport report) {
			return new MonthReportView(report.month(), report.received(), report.resolved(), report.open(),
					report.byCause()
						.stream()
						.map(count -> new CauseView(Label.of(count.cause()), count.count()))
						.toList(),
					report.averageHoursToResolution(), report.longestHoursToResolution());
		}

	}

	/** A cause and its count. */
	record CauseView(Label cause, long count) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Receive a case at the window (AST-1): escalated at once to the center's head, whose deadline "
			+ "clock starts (servicedesk.assist.unresolved.limit)")
	ResponseEntity<UnresolvedView> receive(Caller caller, @Valid @RequestBody ReportRequest request) {
		UnresolvedCase received = window.receive(request.report(), caller.staffMember());
		return ResponseEntity.created(URI.create("/api/v1/assists/unresolved/" + received.id()))
			.eTag(ETags.of(received.version()))
			.body(UnresolvedView.of(received));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One case")
	ResponseEntity<UnresolvedView> get(@PathVariable UUID id) {
		return ETags.ok(window.get(id), UnresolvedView::of);
	}

	@GetMapping
	@Operation(summary = "The window's cases, oldest first; open ones only by default")
	PageView<UnresolvedView> list(@RequestParam(defaultValue = "true") boolean open,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return PageView.of(window.list(open, PageView.request(page, size, Sort.by("receivedAt"))), UnresolvedView::of);
	}

	@PostMapping("/{id}/resolution")
	@Operation(summary = "The center's head resolves the case (AST-1), once, which stops its clock; anyone else "
			+ "answers 403 naming AST-1")
	ResponseEntity<UnresolvedView> resolve(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ResolutionRequest request) {
		return ETags.change(ifMatch,
				expected -> window.resolve(id, expected, request.resolution(), caller.staffMember()),
				UnresolvedView::of);
	}

	@GetMapping("/report")
	@Operation(summary = "A month's cases for the center's head (AST-1): count, resolved, open, causes, hours to "
			+ "resolution; for the head and the leaders (403 AST-1 otherwise)")
	MonthReportView report(Caller caller, @RequestParam YearMonth month) {
		caller.staffMemberWith("AST-1", Role.DEPARTMENT_HEAD, Role.PRINCIPAL_LEADER, Role.GENERAL_MANAGER);
		return MonthReportView.of(window.report(month));
	}

}
