package cn.aode.servicedesk.appointment.schedule.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.appointment.schedule.StaffSchedule;
import cn.aode.servicedesk.platform.security.Caller;

/** A staff member's free and busy spans of a day, for the console. */
@RestController
@RequestMapping("/api/v1/appointments/availability")
@Tag(name = "Appointments 预约上门")
class AvailabilityController {

	private final StaffSchedule schedule;

	AvailabilityController(StaffSchedule schedule) {
		this.schedule = schedule;
	}

	@GetMapping
	@Operation(summary = "A staff member's busy spans (accepted appointments, travel included) and free spans of a "
			+ "day, Asia/Shanghai (APT-6); for staff")
	StaffDayView dayOf(Caller caller, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam @NotBlank @Size(max = 64) String staffId) {
		caller.staffMember();
		return StaffDayView.of(schedule.dayOf(staffId, date));
	}

}
