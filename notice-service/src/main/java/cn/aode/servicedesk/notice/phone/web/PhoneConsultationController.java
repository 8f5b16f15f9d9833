package cn.aode.servicedesk.notice.phone.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.notice.phone.PhoneConsultation;
import cn.aode.servicedesk.notice.phone.PhoneConsultationService;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.web.PageView;

/**
 * The hall's phone consultation log over HTTP (NTC-5); the answering staff member is the
 * caller.
 */
@RestController
@RequestMapping("/api/v1/phone-consultations")
@Tag(name = "Phone consultations 电话咨询记录簿",
		description = "NTC-5: phone consultations, logged with the complete answer told")
class PhoneConsultationController {

	private final PhoneConsultationService service;

	PhoneConsultationController(PhoneConsultationService service) {
		this.service = service;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Log a phone consultation about a matter (NTC-5): the answer is the complete one of the "
			+ "matter's version in force — basis, time limit, procedure, every material — and is returned to read out")
	ResponseEntity<PhoneConsultationView> log(Caller caller, @Valid @RequestBody LogCallRequest request) {
		PhoneConsultation consultation = service.log(request.call(), caller.staffMember());
		return ResponseEntity.created(URI.create("/api/v1/phone-consultations/" + consultation.id()))
			.body(view(consultation));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One line of the log with the answer told")
	PhoneConsultationView get(@PathVariable UUID id) {
		return view(service.get(id));
	}

	@GetMapping
	@Operation(summary = "The log, newest call first, by business dates (from and to included) and staff member")
	PageView<PhoneConsultationView> search(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) String staffId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return PageView.of(
				service.search(from, to, staffId, PageView.request(page, size, PhoneConsultationService.NEWEST)),
				this::view);
	}

	private PhoneConsultationView view(PhoneConsultation consultation) {
		return PhoneConsultationView.of(consultation, service.told(consultation));
	}

}
