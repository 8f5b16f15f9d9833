package cn.aode.servicedesk.appointment.request.web;

import java.net.URI;
import java.time.Instant;
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

import cn.aode.servicedesk.appointment.request.AppointmentRequest;
import cn.aode.servicedesk.appointment.request.AppointmentRequestService;
import cn.aode.servicedesk.appointment.request.RequestStatus;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.platform.web.ETags;
import cn.aode.servicedesk.platform.web.PageView;

/**
 * Receiving, answering and listing appointment requests; rescheduling and cancelling
 * accepted appointments.
 */
@RestController
@RequestMapping("/api/v1/appointments")
@Tag(name = "Appointments 预约上门", description = "APT: requests answered within one working day")
class AppointmentRequestController {

	/**
	 * The service center's queue order: special care first (APT-3), then oldest first.
	 */
	private static final Sort QUEUE_ORDER = Sort.by(Sort.Order.desc("applicant.specialCare"),
			Sort.Order.asc("intake.receivedAt"));

	private final AppointmentRequestService service;

	AppointmentRequestController(AppointmentRequestService service) {
		this.service = service;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Receive an appointment or home-visit request; its answer is due in 1 working day (APT-5)")
	ResponseEntity<AppointmentRequestView> receive(Caller caller, @Valid @RequestBody ReceiveAppointmentRequest form) {
		AppointmentRequest request = service.receive(form.details(), form.applicant(), form.receivedAt(),
				caller.staffMember());
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + request.id()))
			.eTag(ETags.of(request.version()))
			.body(AppointmentRequestView.of(request));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One appointment request with the complaints raised about it (APT-12); a customer sees "
			+ "only their own")
	ResponseEntity<AppointmentRequestView> get(Caller caller, @PathVariable UUID id) {
		AppointmentRequest request = service.get(id);
		if (caller.isCustomer() && !caller.crmId().equals(request.applicant().customerId())) {
			throw new NotFoundException("Appointment request", id);
		}
		return ETags.ok(request, found -> AppointmentRequestView.of(found, service.complaintsAbout(id)));
	}

	@GetMapping
	@Operation(
			summary = "Requests, special care first, then oldest first; status=RECEIVED is the service center's queue;"
					+ " a customer gets only their own")
	PageView<AppointmentRequestView> list(Caller caller, @RequestParam(required = false) RequestStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Pageable pageable = PageView.request(page, size, QUEUE_ORDER);
		return PageView.of(caller.isCustomer() ? service.findOfCustomer(caller.crmId(), status, pageable)
				: service.find(status, pageable), AppointmentRequestView::of);
	}

	@PostMapping("/{id}/acceptance")
	@Operation(summary = "Accept with the agreed time, place and staff member (APT-6)")
	ResponseEntity<AppointmentRequestView> accept(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody AcceptAppointmentRequest form) {
		return ETags.change(ifMatch, expected -> service.accept(id, expected, form.acceptance(caller.staffMember())),
				AppointmentRequestView::of);
	}

	@GetMapping("/{id}/free-staff")
	@Operation(summary = "Who could serve it at agreedTime (default: its agreed or preferred time): whether the "
			+ "customer's specialist is free, and the service center's other free staff to assign temporarily (APT-6)")
	FreeStaffView freeStaff(Caller caller, @PathVariable UUID id, @RequestParam(required = false) Instant agreedTime) {
		caller.staffMember();
		return FreeStaffView.of(service.freeStaff(id, agreedTime));
	}

	@PostMapping("/{id}/reschedule")
	@Operation(summary = "Move an accepted appointment to another time, by the applicant (their own only) or the "
			+ "service center; 409 naming the appointment that holds the staff member then (APT-6)")
	ResponseEntity<AppointmentRequestView> reschedule(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody RescheduleAppointmentRequest form) {
		return ETags.change(ifMatch, expected -> service.reschedule(id, expected, form.agreedTime(), form.reason(),
				caller.actor(), applicantOf(caller)), AppointmentRequestView::of);
	}

	@PostMapping("/{id}/cancellation")
	@Operation(summary = "Cancel an accepted appointment, by the applicant (their own only) or the service center; "
			+ "its staff member's time is free again")
	ResponseEntity<AppointmentRequestView> cancel(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody CancelAppointmentRequest form) {
		return ETags.change(ifMatch,
				expected -> service.cancel(id, expected, form.reason(), caller.actor(), applicantOf(caller)),
				AppointmentRequestView::of);
	}

	@PostMapping("/{id}/arrival")
	@Operation(summary = "The serving staff member checks in (APT-8, APT-9): a home visit at or before the agreed "
			+ "time, a hall appointment 10 minutes before it with forms and seals ready (formsReady, sealsReady "
			+ "required), else late, which goes on their record (APT-13); anyone else gets 403")
	ResponseEntity<AppointmentRequestView> staffArrived(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller,
			@RequestBody(required = false) StaffArrivalRequest form) {
		StaffArrivalRequest checkIn = form == null ? StaffArrivalRequest.NONE : form;
		return ETags.change(ifMatch, expected -> service.staffArrived(id, expected, caller.staffMember(),
				checkIn.formsReady(), checkIn.sealsReady()), AppointmentRequestView::of);
	}

	@PostMapping("/{id}/applicant-arrival")
	@Operation(summary = "Staff record that the applicant came (APT-10): at the hall, or at home for a home visit; "
			+ "more than 30 minutes after the agreed time answers 422, the applicant has given it up")
	ResponseEntity<AppointmentRequestView> applicantArrived(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
		return ETags.change(ifMatch, expected -> service.applicantArrived(id, expected, caller.staffMember()),
				AppointmentRequestView::of);
	}

	@PostMapping("/{id}/completion")
	@Operation(summary = "The serving staff member records how it ended (APT-8): finished on the spot, or not, "
			+ "with what is left, and a written completion statement is then due (its clock in deadline-service)")
	ResponseEntity<AppointmentRequestView> complete(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody CompleteAppointmentRequest form) {
		return ETags.change(ifMatch,
				expected -> service.complete(id, expected, caller.staffMember(), form.finishedOnSite(), form.result(),
						form.outstanding(), Boolean.TRUE.equals(form.applicantConfirmed()), form.applicantOpinion()),
				AppointmentRequestView::of);
	}

	@PostMapping("/{id}/completion-statement")
	@Operation(summary = "Record the delivery of the written completion statement (办结情况说明) of an appointment not "
			+ "finished on the spot (APT-8); its clock stops")
	ResponseEntity<AppointmentRequestView> deliverStatement(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody DeliverStatementRequest form) {
		return ETags.change(ifMatch, expected -> service.deliverStatement(id, expected, form.summary(),
				form.deliveredTo(), caller.staffMember()), AppointmentRequestView::of);
	}

	/**
	 * The customer's CRM id when a customer asks, who may change only their own; null for
	 * staff, who act for the service center.
	 */
	private static String applicantOf(Caller caller) {
		if (caller.isCustomer()) {
			return caller.crmId();
		}
		caller.staffMember();
		return null;
	}

	@PostMapping("/{id}/refusal")
	@Operation(summary = "Propose a refusal with the reason for the applicant; it waits for the general manager's"
			+ " approval (APT-7)")
	ResponseEntity<AppointmentRequestView> proposeRefusal(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody RefuseAppointmentRequest form) {
		return ETags.change(ifMatch,
				expected -> service.proposeRefusal(id, expected, form.reason(), caller.staffMember()),
				AppointmentRequestView::of);
	}

	@PostMapping("/{id}/refusal/approval")
	@Operation(summary = "The general manager approves the proposed refusal, which answers the applicant (APT-7);"
			+ " anyone else gets 403")
	ResponseEntity<AppointmentRequestView> approveRefusal(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
		return ETags.change(ifMatch,
				expected -> service.approveRefusal(id, expected, caller.staffMemberWith("APT-7", Role.GENERAL_MANAGER)),
				AppointmentRequestView::of);
	}

	@PostMapping("/{id}/refusal/review")
	@Operation(summary = "The general manager's review of a refusal (APT-13): a refusal found without a valid "
			+ "reason counts against the staff member who answered it (staff record, X-2)")
	ResponseEntity<AppointmentRequestView> reviewRefusal(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller,
			@Valid @RequestBody ReviewRefusalRequest form) {
		return ETags.change(
				ifMatch, expected -> service.reviewRefusal(id, expected,
						caller.staffMemberWith("APT-13", Role.GENERAL_MANAGER), form.justified(), form.note()),
				AppointmentRequestView::of);
	}

}
