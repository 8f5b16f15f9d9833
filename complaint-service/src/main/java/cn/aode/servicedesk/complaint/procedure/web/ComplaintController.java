package cn.aode.servicedesk.complaint.procedure.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
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

import cn.aode.servicedesk.complaint.procedure.Complainant;
import cn.aode.servicedesk.complaint.procedure.Complaint;
import cn.aode.servicedesk.complaint.procedure.ConcernedAppointment;
import cn.aode.servicedesk.complaint.procedure.ComplaintService;
import cn.aode.servicedesk.complaint.procedure.ComplaintStatus;
import cn.aode.servicedesk.complaint.procedure.Intake;
import cn.aode.servicedesk.complaint.procedure.Protection;
import cn.aode.servicedesk.complaint.procedure.web.ComplaintView.StepView;
import cn.aode.servicedesk.complaint.procedure.web.StepRequests.ApologyRequest;
import cn.aode.servicedesk.complaint.procedure.web.StepRequests.ExplanationRequest;
import cn.aode.servicedesk.complaint.procedure.web.StepRequests.FeedbackRequest;
import cn.aode.servicedesk.complaint.procedure.web.StepRequests.HandlingRequest;
import cn.aode.servicedesk.complaint.procedure.web.StepRequests.MajorRequest;
import cn.aode.servicedesk.complaint.procedure.web.StepRequests.ProtectionRequest;
import cn.aode.servicedesk.platform.problem.ForbiddenException;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;

/**
 * The complaint procedure over HTTP (CMP-3): accept → handle → feedback, the revisit's
 * result arriving from visit-service; each step's actor is the caller.
 */
@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaints 投诉", description = "CMP-1..8: accept, major complaints, handle, apologise or explain, "
		+ "feed back, revisit, archive")
class ComplaintController {

	/** CMP-2: the office handles complaints day to day, leaders may too. */
	private static final Role[] HANDLERS = { Role.OFFICE_HANDLER, Role.GENERAL_MANAGER, Role.PRINCIPAL_LEADER,
			Role.DEPARTMENT_HEAD };

	/** CMP-4: major complaints are reported to the principal leaders. */
	private static final Role[] LEADERS = { Role.PRINCIPAL_LEADER, Role.GENERAL_MANAGER };

	private final ComplaintService service;

	ComplaintController(ComplaintService service) {
		this.service = service;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Accept a complaint (受理, CMP-2) from any department or from the customer, who then "
			+ "complains as the customer their token names; starts the handling clock")
	ResponseEntity<ComplaintView> accept(Caller caller, @Valid @RequestBody AcceptComplaintRequest request) {
		String customerId = request.customerId();
		if (caller.isCustomer()) {
			if (customerId != null && !customerId.equals(caller.crmId())) {
				throw new ForbiddenException(null, "A customer complains as themselves, not as customer " + customerId);
			}
			customerId = caller.crmId();
		}
		Complaint complaint = service.accept(
				new Complainant(customerId, request.customerName(), request.customerPhone()), request.channel(),
				request.content(),
				new Intake(caller.isStaff() ? caller.staffId() : null, request.receivingDepartment(),
						request.category(), request.subject(), request.attachments(),
						ConcernedAppointment.of(request.appointmentId(), request.appointmentNumber())),
				request.majorReason(), caller.actor());
		return ResponseEntity.created(URI.create("/api/v1/complaints/" + complaint.id()))
			.eTag(ETags.of(complaint.version()))
			.body(ComplaintView.of(complaint));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One complaint; a customer sees only their own")
	ResponseEntity<ComplaintView> get(Caller caller, @PathVariable UUID id) {
		return ETags.ok(visibleTo(caller, id), ComplaintView::of);
	}

	@GetMapping
	@Operation(summary = "Complaints, newest first, optionally by status; a customer gets only their own")
	PageView<ComplaintView> list(Caller caller, @RequestParam(required = false) ComplaintStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Pageable pageable = PageView.request(page, size, Sort.by(Sort.Direction.DESC, "receivedAt"));
		return PageView.of(caller.isCustomer() ? service.findOfCustomer(caller.crmId(), status, pageable)
				: service.find(status, pageable), ComplaintView::of);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every step of the complaint, oldest first: who, when, what (X-1)")
	List<StepView> history(Caller caller, @PathVariable UUID id) {
		visibleTo(caller, id);
		return service.history(id).stream().map(StepView::of).toList();
	}

	@PostMapping("/{id}/major")
	@Operation(summary = "Flag as a major complaint affecting the company's image, with the reason; it is reported "
			+ "to the principal leaders and handled only after one acknowledges it (CMP-4)")
	ResponseEntity<ComplaintView> flagMajor(@PathVariable UUID id, Caller caller,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody MajorRequest request) {
		return ETags.change(ifMatch,
				expected -> service.flagMajor(id, expected, request.reason(), caller.staffMember()), ComplaintView::of);
	}

	@PostMapping("/{id}/major/acknowledgement")
	@Operation(summary = "A principal leader (or the general manager) acknowledges a major complaint (CMP-4); "
			+ "anyone else gets 403")
	ResponseEntity<ComplaintView> acknowledgeMajor(@PathVariable UUID id, Caller caller,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ETags.change(ifMatch,
				expected -> service.acknowledgeMajor(id, expected, caller.staffMemberWith("CMP-4", LEADERS)),
				ComplaintView::of);
	}

	@GetMapping("/major/unacknowledged")
	@Operation(summary = "The principal leaders' queue: major complaints no leader has acknowledged yet (CMP-4)")
	List<ComplaintView> unacknowledgedMajor(Caller caller) {
		caller.staffMemberWith("CMP-4", LEADERS);
		return service.unacknowledgedMajor().stream().map(ComplaintView::of).toList();
	}

	@PostMapping("/{id}/handling")
	@Operation(summary = "Record the handling (处理): facts found, finding, actions (CMP-1); by the office or a "
			+ "leader (CMP-2); a major complaint waits for a leader (422 CMP-4)")
	ResponseEntity<ComplaintView> handle(@PathVariable UUID id, Caller caller,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody HandlingRequest request) {
		return ETags.change(ifMatch,
				expected -> service.handle(id, expected, caller.staffMemberWith("CMP-2", HANDLERS),
						request.investigation(), request.actions(), request.finding(), request.staffAtFault()),
				ComplaintView::of);
	}

	@PostMapping("/{id}/apology")
	@Operation(summary = "Record the apology of the staff member at fault and their supervisor (CMP-5)")
	ResponseEntity<ComplaintView> apologise(@PathVariable UUID id, Caller caller,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ApologyRequest request) {
		return ETags.change(ifMatch, expected -> service.recordApology(id, expected, request.supervisorId().strip(),
				request.how(), request.apologisedAt(), caller.staffMemberWith("CMP-2", HANDLERS)), ComplaintView::of);
	}

	@PostMapping("/{id}/explanation")
	@Operation(summary = "Record the patient explanation given when the company is not responsible (CMP-6)")
	ResponseEntity<ComplaintView> explain(@PathVariable UUID id, Caller caller,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ExplanationRequest request) {
		return ETags.change(ifMatch, expected -> service.recordExplanation(id, expected, request.explanation(),
				caller.staffMemberWith("CMP-2", HANDLERS)), ComplaintView::of);
	}

	@PostMapping("/{id}/feedback")
	@Operation(summary = "Feed the result back to the complainant (反馈): stops the handling clock and asks for "
			+ "the revisit; 422 CMP-5 without the apology, CMP-6 without the explanation")
	ResponseEntity<ComplaintView> feedBack(@PathVariable UUID id, Caller caller,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody FeedbackRequest request) {
		return ETags.change(ifMatch, expected -> service.giveFeedback(id, expected, request.channel(),
				request.content(), caller.staffMemberWith("CMP-2", HANDLERS)), ComplaintView::of);
	}

	@PostMapping("/{id}/protection")
	@Operation(summary = "Flag people or property at risk of retaliation with the protective measures (CMP-8)")
	ResponseEntity<ComplaintView> protect(@PathVariable UUID id, Caller caller,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ProtectionRequest request) {
		return ETags.change(ifMatch,
				expected -> service.protect(id, expected, request.atRisk(), request.measures(), caller.staffMember()),
				ComplaintView::of);
	}

	@GetMapping("/{id}/protection")
	@Operation(summary = "The protective measures (CMP-8): for the principal leaders, the general manager and the "
			+ "complaint's handler only")
	Protection protection(@PathVariable UUID id, Caller caller) {
		Complaint complaint = service.get(id);
		String staffId = caller.staffMember();
		boolean handler = complaint.handling() != null && staffId.equals(complaint.handling().handledBy())
				|| complaint.protection() != null && staffId.equals(complaint.protection().flaggedBy());
		if (!handler) {
			caller.staffMemberWith("CMP-8", LEADERS);
		}
		if (complaint.protection() == null) {
			throw new NotFoundException("Protective measures of complaint", id);
		}
		return complaint.protection();
	}

	private Complaint visibleTo(Caller caller, UUID id) {
		Complaint complaint = service.get(id);
		if (caller.isCustomer() && !caller.crmId().equals(complaint.customerId())) {
			throw new NotFoundException("Complaint", id);
		}
		return complaint;
	}

}
