package cn.aode.servicedesk.specialist.evaluation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.specialist.evaluation.AnnualEvaluation;
import cn.aode.servicedesk.specialist.staff.StaffRecordEntry;

/** The annual ranking of specialists and the commendation list (SPC-7). */
@RestController
@RequestMapping("/api/v1/specialists")
@Tag(name = "Annual evaluation 年度评比", description = "SPC-7: ranking from measured results, commendation list")
class EvaluationController {

	private final AnnualEvaluation evaluation;

	EvaluationController(AnnualEvaluation evaluation) {
		this.evaluation = evaluation;
	}

	record CommendationRequest(@Min(2018) @Max(2100) int year, @NotEmpty List<@NotBlank String> staffIds,
			@NotBlank @Size(max = 500) String reason) {
	}

	record CommendationView(UUID id, String staffId, String detail, Instant recordedAt, String recordedBy) {

		static CommendationView of(StaffRecordEntry entry) {
			return new CommendationView(entry.id(), entry.staffId(), entry.detail(), entry.recordedAt(),
					entry.recordedBy());
		}

	}

	@GetMapping("/evaluation")
	@Operation(summary = "Specialists of a year ranked by on-time rate, customers' satisfaction in return visits, "
			+ "penalties and upheld complaints")
	List<AnnualEvaluation.Result> ranking(@RequestParam @Min(2018) @Max(2100) int year) {
		return evaluation.ranking(year);
	}

	@PostMapping("/commendations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record the general manager's commendation list of a year (通报表扬)")
	List<CommendationView> commend(Caller caller, @Valid @RequestBody CommendationRequest request) {
		return evaluation.commend(request.year(), request.staffIds(), caller.staffMember(), request.reason())
			.stream()
			.map(CommendationView::of)
			.toList();
	}

	@GetMapping("/commendations")
	@Operation(summary = "The commendation list of a year")
	List<CommendationView> commendations(@RequestParam @Min(2018) @Max(2100) int year) {
		return evaluation.commendations(year).stream().map(CommendationView::of).toList();
	}

}
