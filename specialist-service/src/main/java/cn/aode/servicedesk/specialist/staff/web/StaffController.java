package cn.aode.servicedesk.specialist.staff.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.specialist.staff.StaffService;
import cn.aode.servicedesk.specialist.staff.web.StaffViews.DecisionRequest;
import cn.aode.servicedesk.specialist.staff.web.StaffViews.DepartmentRequest;
import cn.aode.servicedesk.specialist.staff.web.StaffViews.DepartmentView;
import cn.aode.servicedesk.specialist.staff.web.StaffViews.EntryView;
import cn.aode.servicedesk.specialist.staff.web.StaffViews.HeadRequest;
import cn.aode.servicedesk.specialist.staff.web.StaffViews.StaffRequest;
import cn.aode.servicedesk.specialist.staff.web.StaffViews.StaffView;

/** Departments, staff and the staff record. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Staff 员工与考核记录", description = "SPC-2, SPC-8, X-2: departments, staff, penalties and commendations")
class StaffController {

	private final StaffService service;

	StaffController(StaffService service) {
		this.service = service;
	}

	@PutMapping("/departments/{id}")
	@Operation(summary = "Create or rename a department; If-Match names the version renamed (412 when stale)")
	ResponseEntity<DepartmentView> saveDepartment(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DepartmentRequest request) {
		return ETags.change(ifMatch, expected -> service.saveDepartment(id, expected, request.name()),
				DepartmentView::of);
	}

	@PutMapping("/departments/{id}/head")
	@Operation(summary = "Appoint the department head (SPC-2); If-Match names the department's version (412 when "
			+ "stale)")
	ResponseEntity<DepartmentView> appointHead(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody HeadRequest request) {
		return ETags.change(ifMatch, expected -> service.appointHead(id, expected, request.staffId()),
				DepartmentView::of);
	}

	@GetMapping("/departments")
	@Operation(summary = "All departments")
	List<DepartmentView> departments() {
		return service.departments().stream().map(DepartmentView::of).toList();
	}

	@GetMapping("/departments/{id}")
	@Operation(summary = "One department, its version as ETag (the If-Match of a rename or a head's appointment)")
	ResponseEntity<DepartmentView> department(@PathVariable String id) {
		return ETags.ok(service.department(id), DepartmentView::of);
	}

	@PutMapping("/staff/{id}")
	@Operation(summary = "Create or update a staff member; If-Match names the version updated (412 when stale)")
	ResponseEntity<StaffView> saveStaff(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody StaffRequest request) {
		return ETags.change(ifMatch, expected -> service.saveStaff(id, expected, request.name(), request.departmentId(),
				request.roles(), request.phone()), StaffView::of);
	}

	@GetMapping("/staff/{id}")
	@Operation(summary = "One staff member")
	ResponseEntity<StaffView> staff(@PathVariable String id) {
		return ETags.ok(service.member(id), StaffView::of);
	}

	@GetMapping("/staff/{id}/record")
	@Operation(summary = "The staff record: penalties and commendations from every area (X-2)")
	List<EntryView> record(@PathVariable String id) {
		return service.recordOf(id).stream().map(EntryView::of).toList();
	}

	@PostMapping("/staff/{id}/record")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a disciplinary decision or commendation (SPC-8: by the department head)")
	EntryView recordDecision(@PathVariable String id, Caller caller, @Valid @RequestBody DecisionRequest request) {
		return EntryView.of(service.recordDecision(id, request.kind(), request.rule(), request.consequence(),
				request.detail(), request.caseRef(), caller.staffMember()));
	}

}
