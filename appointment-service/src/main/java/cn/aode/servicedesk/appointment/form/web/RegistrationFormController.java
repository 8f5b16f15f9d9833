package cn.aode.servicedesk.appointment.form.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import cn.aode.servicedesk.appointment.form.RegistrationForm;
import cn.aode.servicedesk.appointment.request.AppointmentRequestService;
import cn.aode.servicedesk.platform.security.Caller;

/**
 * An appointment's registration form (APT-11) at one address: JSON by default, the
 * printable page (A4, Chinese) for {@code Accept: text/html}; for staff.
 */
@Controller
@RequestMapping("/api/v1/appointments/{id}/form")
@Tag(name = "Appointments 预约上门")
class RegistrationFormController {

	private final AppointmentRequestService requests;

	private final String company;

	RegistrationFormController(AppointmentRequestService requests,
			@Value("${servicedesk.forms.company:}") String company) {
		this.requests = requests;
		this.company = company;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@Operation(summary = "The registration form (APT-11) as JSON: 《预约服务登记表》 or 《上门服务登记表》, every field as "
			+ "printed; Accept: text/html gives the printable page")
	RegistrationForm json(Caller caller, @PathVariable UUID id) {
		caller.staffMember();
		return RegistrationForm.of(requests.get(id));
	}

	@GetMapping(produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "The registration form (APT-11) as a printable page, A4, Chinese")
	String page(Caller caller, @PathVariable UUID id, Model model) {
		caller.staffMember();
		model.addAttribute("company", company).addAttribute("form", RegistrationForm.of(requests.get(id)));
		return "appointment/registration-form";
	}

}
