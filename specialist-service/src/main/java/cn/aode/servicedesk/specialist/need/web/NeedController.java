package cn.aode.servicedesk.specialist.need.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.specialist.need.CustomerNeed;
import cn.aode.servicedesk.specialist.need.NeedService;
import cn.aode.servicedesk.specialist.need.web.NeedViews.CompleteRequest;
import cn.aode.servicedesk.specialist.need.web.NeedViews.FileEntryView;
import cn.aode.servicedesk.specialist.need.web.NeedViews.LogEntryView;
import cn.aode.servicedesk.specialist.need.web.NeedViews.LogRequest;
import cn.aode.servicedesk.specialist.need.web.NeedViews.NeedView;
import cn.aode.servicedesk.specialist.need.web.NeedViews.SubmitNeedRequest;

/** Customer needs routed to department heads, and the customer's file. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Customer needs 客户需求",
		description = "SPC-3, SPC-4, SPC-5: parallel handling, consolidated answer, one customer file")
class NeedController {

	/**
	 * Names the staff member reading (SPC-5), as for customers' personal numbers, until
	 * requests carry an authenticated identity.
	 */

	private final NeedService service;

	NeedController(NeedService service) {
		this.service = service;
	}

	@PostMapping("/needs")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Submit a need to one or more department heads at once (SPC-3)")
	ResponseEntity<NeedView> submit(Caller caller, @Valid @RequestBody SubmitNeedRequest request) {
		CustomerNeed need = service.submit(request.customerCrmId(), caller.staffMember(), request.title(),
				request.description(), request.preparedInformation(),
				request.departments()
					.stream()
					.map(part -> new NeedService.DepartmentRequest(part.departmentId(), part.policy()))
					.toList());
		return ResponseEntity.created(URI.create("/api/v1/needs/" + need.id()))
			.eTag(ETags.of(need.version()))
			.body(NeedView.of(need));
	}

	@GetMapping("/needs/{id}")
	@Operation(summary = "One need with every department's part")
	ResponseEntity<NeedView> get(@PathVariable UUID id) {
		return ETags.ok(service.get(id), NeedView::of);
	}

	@PostMapping("/needs/{id}/parts/{departmentId}/acceptance")
	@Operation(summary = "The department head takes on the department's part (SPC-4); If-Match names the need's "
			+ "version (412 when stale)")
	ResponseEntity<NeedView> accept(@PathVariable UUID id, @PathVariable String departmentId, Caller caller,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return ETags.change(ifMatch, expected -> service.accept(id, expected, departmentId, caller.staffMember()),
				NeedView::of);
	}

	@PostMapping("/needs/{id}/parts/{departmentId}/completion")
	@Operation(summary = "The department head completes the part; the last one consolidates the answer; If-Match "
			+ "names the need's version (412 when stale)")
	ResponseEntity<NeedView> complete(@PathVariable UUID id, @PathVariable String departmentId, Caller caller,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody CompleteRequest request) {
		return ETags.change(ifMatch,
				expected -> service.complete(id, expected, departmentId, caller.staffMember(), request.answer()),
				NeedView::of);
	}

	@PostMapping("/customers/{crmId}/service-log")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Log what was done for the customer (SPC-5)")
	void log(@PathVariable String crmId, Caller caller, @Valid @RequestBody LogRequest request) {
		service.log(crmId, caller.staffMember(), request.entry());
	}

	@GetMapping("/customers/{crmId}/service-log")
	@Operation(summary = "The customer's service log, newest first, for its specialists and their department heads "
			+ "(SPC-5), as the caller's token names them; anyone else is refused with 422 naming SPC-5")
	ResponseEntity<List<LogEntryView>> serviceLog(@PathVariable String crmId, Caller caller) {
		return ResponseEntity.ok()
			.varyBy(HttpHeaders.AUTHORIZATION)
			.body(service.serviceLog(crmId, caller.staffId()).stream().map(LogEntryView::of).toList());
	}

	@GetMapping("/customers/{crmId}/file")
	@Operation(summary = "The customer's single file: needs, answers and, for the readers of the service log, the "
			+ "service log; newest first (SPC-3, SPC-5)")
	ResponseEntity<List<FileEntryView>> file(@PathVariable String crmId, Caller caller) {
		return ResponseEntity.ok()
			.varyBy(HttpHeaders.AUTHORIZATION)
			.body(service.file(crmId, caller.staffId()).stream().map(FileEntryView::of).toList());
	}

}
