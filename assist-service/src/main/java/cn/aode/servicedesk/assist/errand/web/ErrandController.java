package cn.aode.servicedesk.assist.errand.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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

import cn.aode.servicedesk.assist.errand.Authorisation;
import cn.aode.servicedesk.assist.errand.Errand;
import cn.aode.servicedesk.assist.errand.ErrandService;
import cn.aode.servicedesk.assist.errand.ErrandStatus;
import cn.aode.servicedesk.assist.errand.Permit;
import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;

/**
 * Customers' authorisations and the permit errands the help desk runs under them (AST-7);
 * the staff member acting comes from the token.
 */
@RestController
@RequestMapping("/api/v1/assists")
@Tag(name = "Proxy errands 协助办理", description = "AST-7: authorisations and permit errands for the external works")
class ErrandController {

	private final ErrandService errands;

	ErrandController(ErrandService errands) {
		this.errands = errands;
	}

	/** A customer's signed, voluntary authorisation. */
	record AuthoriseRequest(@NotBlank @Size(max = 64) String customerId, @NotBlank @Size(max = 100) String customerName,
			@NotEmpty Set<@NotNull Permit> permits, @NotNull LocalDate validFrom, @NotNull LocalDate validUntil,
			@NotBlank @Size(max = 200) String signatureRef, @NotNull Boolean voluntary) {

		ErrandService.NewAuthorisation authorisation() {
			return new ErrandService.NewAuthorisation(customerId, customerName, permits, validFrom, validUntil,
					signatureRef, voluntary);
		}

	}

	/** A permit errand to begin under an authorisation. */
	record BeginErrandRequest(@NotNull UUID authorisationId, @NotNull Permit permit,
			@NotBlank @Size(max = 200) String authority,
			@NotNull @Size(max = 30) List<@NotBlank @Size(max = 60) String> documents) {

		ErrandService.NewErrand errand() {
			return new ErrandService.NewErrand(authorisationId, permit, authority, documents);
		}

	}

	/** When the errand was submitted to the authority. */
	record SubmitRequest(@NotNull LocalDate submittedOn) {
	}

	/** The authority's decision. */
	record DecisionRequest(@NotNull Boolean approved, @NotNull LocalDate decidedOn, @Size(max = 1000) String note) {
	}

	/** Why an errand is given up. */
	record WithdrawRequest(@NotBlank @Size(max = 1000) String note) {
	}

	/** An authorisation as the API shows it. */
	record AuthorisationView(UUID id, String number, String customerId, String customerName, List<Label> permits,
			LocalDate validFrom, LocalDate validUntil, String signatureRef, String recordedBy, Instant recordedAt,
			Instant revokedAt, long version) {

		static AuthorisationView of(Authorisation authorisation) {
			return new AuthorisationView(authorisation.id(), authorisation.number(), authorisation.customerId(),
					authorisation.customerName(), authorisation.permits().stream().map(Label::of).toList(),
					authorisation.validFrom(), authorisation.validUntil(), authorisation.signatureRef(),
					authorisation.recordedBy(), authorisation.recordedAt(), authorisation.revokedAt(),
					authorisation.version());
		}

	}

	/** An errand as the API shows it. */
	record ErrandView(UUID id, String number, UUID authorisationId, String customerId, Label permit, String authority,
			List<String> documents, Label status, LocalDate submittedOn, LocalDate decidedOn, String decisionNote,
			Instant closedAt, String handledBy, Instant createdAt, long version) {

		static ErrandView of(Errand errand) {
			return new ErrandView(errand.id(), errand.number(), errand.authorisationId(), errand.customerId(),
					Label.of(errand.permit()), errand.authority(), errand.documents(), Label.of(errand.status()),
					errand.submittedOn(), errand.decidedOn(), errand.decisionNote(), errand.closedAt(),
					errand.handledBy(), errand.createdAt(), errand.version());
		}

	}

	@PostMapping("/authorisations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a customer's voluntary authorisation (AST-7): permits, validity, the signed paper's "
			+ "reference; one not voluntary answers 422 naming AST-7")
	ResponseEntity<AuthorisationView> authorise(Caller caller, @Valid @RequestBody AuthoriseRequest request) {
		Authorisation authorisation = errands.authorise(request.authorisation(), caller.staffMember());
		return ResponseEntity.created(URI.create("/api/v1/assists/authorisations/" + authorisation.id()))
			.eTag(ETags.of(authorisation.version()))
			.body(AuthorisationView.of(authorisation));
	}

	@GetMapping("/authorisations/{id}")
	@Operation(summary = "One authorisation")
	ResponseEntity<AuthorisationView> authorisation(@PathVariable UUID id) {
		return ETags.ok(errands.authorisation(id), AuthorisationView::of);
	}

	@GetMapping("/authorisations")
	@Operation(summary = "A customer's authorisations, latest first")
	PageView<AuthorisationView> authorisations(@RequestParam String customerId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return PageView.of(
				errands.authorisationsOf(customerId,
						PageView.request(page, size, Sort.by(Sort.Direction.DESC, "recordedAt"))),
				AuthorisationView::of);
	}

	@PostMapping("/authorisations/{id}/revocation")
	@Operation(summary = "The customer withdraws an authorisation: no errand begins under it any more")
	ResponseEntity<AuthorisationView> revoke(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ETags.change(ifMatch, expected -> errands.revoke(id, expected), AuthorisationView::of);
	}

	@PostMapping("/errands")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Begin a permit errand (AST-7) under an authorisation valid today that covers the permit "
			+ "(422 naming AST-7 otherwise); its deadline clock starts")
	ResponseEntity<ErrandView> begin(Caller caller, @Valid @RequestBody BeginErrandRequest request) {
		Errand errand = errands.begin(request.errand(), caller.staffMember());
		return ResponseEntity.created(URI.create("/api/v1/assists/errands/" + errand.id()))
			.eTag(ETags.of(errand.version()))
			.body(ErrandView.of(errand));
	}

	@GetMapping("/errands/{id}")
	@Operation(summary = "One errand")
	ResponseEntity<ErrandView> errand(@PathVariable UUID id) {
		return ETags.ok(errands.errand(id), ErrandView::of);
	}

	@GetMapping("/errands")
	@Operation(summary = "Errands, latest first, of a customer or a status")
	PageView<ErrandView> list(@RequestParam(required = false) String customerId,
			@RequestParam(required = false) ErrandStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return PageView.of(errands.errands(customerId, status,
				PageView.request(page, size, Sort.by(Sort.Direction.DESC, "createdAt"))), ErrandView::of);
	}

	@PostMapping("/errands/{id}/submission")
	@Operation(summary = "Submitted to the authority: the errand's deadline clock is paused while it decides")
	ResponseEntity<ErrandView> submit(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody SubmitRequest request) {
		return ETags.change(ifMatch, expected -> errands.submit(id, expected, request.submittedOn()), ErrandView::of);
	}

	@PostMapping("/errands/{id}/decision")
	@Operation(summary = "The authority approved or rejected: the clock runs again until the customer is told")
	ResponseEntity<ErrandView> decide(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DecisionRequest request) {
		return ETags.change(ifMatch,
				expected -> errands.decide(id, expected, request.approved(), request.decidedOn(), request.note()),
				ErrandView::of);
	}

	@PostMapping("/errands/{id}/closure")
	@Operation(summary = "The customer was told the decision: the errand and its clock are done")
	ResponseEntity<ErrandView> close(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ETags.change(ifMatch, expected -> errands.close(id, expected), ErrandView::of);
	}

	@PostMapping("/errands/{id}/withdrawal")
	@Operation(summary = "Give an open errand up, with the reason; its clock stops")
	ResponseEntity<ErrandView> withdraw(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody WithdrawRequest request) {
		return ETags.change(ifMatch, expected -> errands.withdraw(id, expected, request.note()), ErrandView::of);
	}

}
