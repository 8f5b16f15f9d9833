package cn.aode.servicedesk.visit.archive.web;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.platform.web.Csv;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;
import cn.aode.servicedesk.visit.archive.VisitArchive;
import cn.aode.servicedesk.visit.plan.VisitKind;
import cn.aode.servicedesk.visit.plan.VisitPlan;

/**
 * The return-visit archive (VST-12): the custodian files reviewed records; the custodian,
 * the supervisor and the leaders search and export them.
 */
@RestController
@RequestMapping("/api/v1/visits/archive")
@Validated
@Tag(name = "Visit archive 回访档案", description = "VST-12: records classified by kind, customer and quarter")
class VisitArchiveController {

	/** Who reads the archive besides its custodian. */
	private static final Role[] READERS = { Role.CUSTODIAN, Role.SUPERVISOR, Role.GENERAL_MANAGER,
			Role.PRINCIPAL_LEADER, Role.DEPARTMENT_HEAD };

	private static final String PERIOD = "\\d{4}-Q[1-4]";

	private final VisitArchive archive;

	VisitArchiveController(VisitArchive archive) {
		this.archive = archive;
	}

	@PostMapping("/{id}")
	@Operation(summary = "The custodian files a reviewed record (VST-12), once, under its kind, customer and the "
			+ "quarter of the visit; anyone else answers 403 naming VST-12, a record not reviewed yet 409")
	ResponseEntity<ArchivedRecordView> file(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		String custodian = caller.staffMemberWith("VST-12", Role.CUSTODIAN);
		return ETags.change(ifMatch, expected -> archive.file(id, expected, custodian), ArchivedRecordView::of);
	}

	@GetMapping(produces = "application/json")
	@Operation(summary = "Filed records, latest visit first, by kind, customer and quarter (e.g. 2026-Q4); for the "
			+ "custodian, the supervisor and the leaders (403 VST-12 otherwise)")
	PageView<ArchivedRecordView> search(Caller caller, @RequestParam(required = false) VisitKind kind,
			@RequestParam(required = false) String customerId,
			@RequestParam(required = false) @Pattern(regexp = PERIOD) String period,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		caller.staffMemberWith("VST-12", READERS);
		Pageable pageable = PageView.request(page, size, VisitArchive.LATEST_VISIT);
		return PageView.of(archive.search(new VisitArchive.Filter(kind, customerId, period), pageable),
				ArchivedRecordView::of);
	}

	@GetMapping(produces = Csv.MEDIA_TYPE)
	@Operation(summary = "The same records as CSV (UTF-8 with a byte-order mark for spreadsheets), at most 10,000 "
			+ "rows, latest visit first")
	ResponseEntity<String> export(Caller caller, @RequestParam(required = false) VisitKind kind,
			@RequestParam(required = false) String customerId,
			@RequestParam(required = false) @Pattern(regexp = PERIOD) String period) {
		caller.staffMemberWith("VST-12", READERS);
		String rows = archive.export(new VisitArchive.Filter(kind, customerId, period))
			.stream()
			.map(VisitArchiveController::row)
			.collect(Collectors.joining("\n", "", "\n"));
		String header = Csv.row("number", "kind", "period", "customerId", "customerName", "customerPhone", "visitedAt",
				"visitor", "method", "satisfaction", "onTime", "customerOpinion", "problemsFound", "summary",
				"reviewedBy", "guidance", "filedAt", "filedBy");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"visit-archive" + (period == null ? "" : "-" + period) + ".csv\"")
			.body(Stream.of("\uFEFF" + header, rows).collect(Collectors.joining("\n")));
	}

	private static String row(VisitPlan plan) {
		return Csv.row(plan.number(), plan.kind().name(), plan.filing().period(), plan.customerId(),
				plan.customerName(), plan.customerPhone(), plan.visitedAt(), plan.visitorStaffId(),
				plan.method() == null ? null : plan.method().name(), plan.satisfaction().name(), plan.onTime(),
				plan.customerOpinion(), plan.problemsFound(), plan.summary(), plan.review().by(),
				plan.review().guidance(), plan.filing().at(), plan.filing().by());
	}

	/** A filed record as the archive lists it. */
	record ArchivedRecordView(UUID id, String number, Label kind, String period, String customerId, String customerName,
			Instant visitedAt, String visitorStaffId, Label satisfaction, Boolean onTime, String reviewedBy,
			Instant filedAt, String filedBy, long version) {

		static ArchivedRecordView of(VisitPlan plan) {
			return new ArchivedRecordView(plan.id(), plan.number(), Label.of(plan.kind()), plan.filing().period(),
					plan.customerId(), plan.customerName(), plan.visitedAt(), plan.visitorStaffId(),
					Label.of(plan.satisfaction()), plan.onTime(), plan.review().by(), plan.filing().at(),
					plan.filing().by(), plan.version());
		}

	}

}
