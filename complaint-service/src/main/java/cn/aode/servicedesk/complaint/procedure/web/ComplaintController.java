package cn.aode.servicedesk.complaint.procedure.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.complaint.procedure.Complainant;
import cn.aode.servicedesk.complaint.procedure.Complaint;
import cn.aode.servicedesk.complaint.procedure.ComplaintService;
import cn.aode.servicedesk.complaint.procedure.ComplaintStatus;
import cn.aode.servicedesk.platform.problem.ForbiddenException;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;

/** Accepting, handling and looking up complaints. */
@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaints 投诉", description = "CMP: accept → handle → feedback → revisit → archive")
class ComplaintController {

	private final ComplaintService service;

	ComplaintController(ComplaintService service) {
		this.service = service;
	}

	@PostMapping
	@Operation(summary = "Accept a complaint (受理); a customer complains as the customer their token names")
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
				request.content());
		return ResponseEntity.created(URI.create("/api/v1/complaints/" + complaint.id()))
			.eTag(ETags.of(complaint.version()))
			.body(ComplaintView.of(complaint));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One complaint; a customer sees only their own")
	ResponseEntity<ComplaintView> get(Caller caller, @PathVariable UUID id) {
		Complaint complaint = service.get(id);
		if (caller.isCustomer() && !caller.crmId().equals(complaint.customerId())) {
			throw new NotFoundException("Complaint", id);
		}
		return ResponseEntity.ok().eTag(ETags.of(complaint.version())).body(ComplaintView.of(complaint));
	}

	@GetMapping
	@Operation(summary = "Complaints, newest first, optionally by status; a customer gets only their own")
	PageView<ComplaintView> list(Caller caller, @RequestParam(required = false) ComplaintStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Pageable pageable = PageView.request(page, size, Sort.by(Sort.Direction.DESC, "receivedAt"));
		return PageView.of(caller.isCustomer() ? service.findOfCustomer(caller.crmId(), status, pageable)
				: service.find(status, pageable), ComplaintView::of);
	}

	@PostMapping("/{id}/resolution")
	@Operation(summary = "Record the handling, its finding and the feedback given to the complainant (处理、反馈); "
			+ "a staff attitude or skill problem names the staff member at fault (CMP-5)")
	ResponseEntity<ComplaintView> resolve(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody ResolveComplaintRequest request) {
		Complaint complaint = service.resolve(id, ETags.parseIfMatch(ifMatch), caller.staffMember(),
				request.resolution(), request.finding(), request.staffAtFault());
		return ResponseEntity.ok().eTag(ETags.of(complaint.version())).body(ComplaintView.of(complaint));
	}

}
