package cn.aode.servicedesk.assist.rota.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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

import cn.aode.servicedesk.assist.rota.AbsenceReason;
import cn.aode.servicedesk.assist.rota.Duty;
import cn.aode.servicedesk.assist.rota.Rota;
import cn.aode.servicedesk.assist.rota.Shift;
import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;

/**
 * The help desk's rota (AST-3, AST-4): the window staff put helpers on duty and record
 * substitutes; helpers check in themselves; anyone on staff sees the rota and its gaps.
 */
@RestController
@RequestMapping("/api/v1/helpers/rota")
@Tag(name = "Helper rota 帮办轮岗", description = "AST-3, AST-4: duties, substitutes, check-in, uncovered shifts")
class RotaController {

	/** Who plans the rota: the window staff and the center's head. */
	private static final Role[] PLANNERS = { Role.SERVICE_CENTER_CLERK, Role.DEPARTMENT_HEAD };

	private final Rota rota;

	RotaController(Rota rota) {
		this.rota = rota;
	}

	/** A helper put on duty in a shift. */
	record AssignDutyRequest(@NotNull LocalDate day, @NotNull Shift shift, @NotBlank @Size(max = 64) String staffId) {
	}

	/** An absent helper's substitute and why the helper is away. */
	record SubstitutionRequest(@NotBlank @Size(max = 64) String substituteStaffId, @NotNull AbsenceReason reason,
			@Size(max = 500) String note) {
	}

	/** A rota entry as the API shows it. */
	record DutyView(UUID id, LocalDate day, Label shift, String staffId, Label kind, Label status, UUID substituteFor,
			Label absenceReason, String absenceNote, String substitutedBy, Instant checkedInAt, Boolean late,
			String assignedBy, Instant assignedAt, long version) {

		static DutyView of(Duty duty) {
			return new DutyView(duty.id(), duty.day(), Label.of(duty.shift()), duty.staffId(), Label.of(duty.kind()),
					Label.of(duty.status()), duty.substituteFor(),
					duty.absenceReason() == null ? null : Label.of(duty.absenceReason()), duty.absenceNote(),
					duty.substitutedBy(), duty.checkedInAt(), duty.late(), duty.assignedBy(), duty.assignedAt(),
					duty.version());
		}

	}

	/** A shift with too few helpers present (AST-3). */
	record GapView(LocalDate day, Label shift, List<String> present) {

		static GapView of(Rota.Coverage coverage) {
			return new GapView(coverage.day(), Label.of(coverage.shift()), coverage.present());
		}

	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Put a helper on duty in a shift (AST-3): a third window helper in one shift answers 422 "
			+ "naming AST-3; by the window staff or the center's head (403 AST-3 otherwise)")
	ResponseEntity<DutyView> assign(Caller caller, @Valid @RequestBody AssignDutyRequest request) {
		String planner = caller.staffMemberWith("AST-3", PLANNERS);
		Duty duty = rota.assign(request.day(), request.shift(), request.staffId(), planner);
		return ResponseEntity.created(URI.create("/api/v1/helpers/rota/" + duty.id()))
			.eTag(ETags.of(duty.version()))
			.body(DutyView.of(duty));
	}

	@GetMapping
	@Operation(summary = "The rota from one day to another (at most 93 days), by day and shift")
	PageView<DutyView> list(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageView.of(rota.between(from, to, PageView.request(page, size, Sort.by("day", "shift", "staffId"))),
				DutyView::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One rota entry")
	ResponseEntity<DutyView> get(@PathVariable UUID id) {
		return ETags.ok(rota.get(id), DutyView::of);
	}

	@PostMapping("/{id}/substitution")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A helper is away (trip, meeting, leave): the substitute stands in for the duty (AST-3); by "
			+ "the window staff or the center's head")
	ResponseEntity<DutyView> substitute(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody SubstitutionRequest request) {
		String planner = caller.staffMemberWith("AST-3", PLANNERS);
		Duty duty = rota.substitute(id, ETags.parseIfMatch(ifMatch), request.substituteStaffId(), request.reason(),
				request.note(), planner);
		return ResponseEntity.created(URI.create("/api/v1/helpers/rota/" + duty.id()))
			.eTag(ETags.of(duty.version()))
			.body(DutyView.of(duty));
	}

	@PostMapping("/{id}/check-in")
	@Operation(summary = "The helper checks in to their duty (AST-4): late unless at least 10 minutes before the shift "
			+ "begins, which puts a penalty on their staff record; another's duty answers 403 naming AST-4")
	ResponseEntity<DutyView> checkIn(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ETags.change(ifMatch, expected -> rota.checkIn(id, expected, caller.staffMember()), DutyView::of);
	}

	@GetMapping("/gaps")
	@Operation(summary = "Shifts with fewer helpers present than the minimum (AST-3), Monday to Friday and any day "
			+ "with entries, at most 93 days")
	List<GapView> gaps(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return rota.gaps(from, to).stream().map(GapView::of).toList();
	}

}
