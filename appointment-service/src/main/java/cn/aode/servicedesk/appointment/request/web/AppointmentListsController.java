package cn.aode.servicedesk.appointment.request.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.appointment.request.AppointmentRequestService;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.web.PageView;

/**
 * The console's lists: a staff member's appointments of a day, the requests waiting for
 * an answer, the appointments given up in a week. For staff.
 */
@RestController
@RequestMapping("/api/v1/appointments")
@Tag(name = "Appointments 预约上门")
class AppointmentListsController {

	private static final Sort BY_AGREED_TIME = Sort.by("appointment.agreedTime");

	private final AppointmentRequestService service;

	AppointmentListsController(AppointmentRequestService service) {
		this.service = service;
	}

	@GetMapping("/today")
	@Operation(summary = "A staff member's appointments of a day (default: the caller, today, Asia/Shanghai), by "
			+ "agreed time, cancelled ones aside")
	PageView<AppointmentRequestView> today(Caller caller, @RequestParam(required = false) String staffId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		String own = caller.staffMember();
		return PageView.of(
				service.dayOf(staffId == null || staffId.isBlank() ? own : staffId,
						date == null ? service.today() : date, PageView.request(page, size, BY_AGREED_TIME)),
				AppointmentRequestView::of);
	}

	@GetMapping("/pending-replies")
	@Operation(summary = "Requests waiting for the service center's answer, oldest first, with when each answer is "
			+ "due (APT-5)")
	PageView<PendingReplyView> pendingReplies(Caller caller, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		caller.staffMember();
		return PageView.of(service.pendingReplies(PageView.request(page, size, Sort.by("intake.receivedAt", "number"))),
				PendingReplyView::of);
	}

	@GetMapping("/given-up")
	@Operation(summary = "Appointments given up by applicants who did not come (APT-10) in an ISO week "
			+ "(week=2026-W49; default: this week, Asia/Shanghai), by agreed time")
	PageView<AppointmentRequestView> givenUp(Caller caller, @RequestParam(required = false) String week,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		caller.staffMember();
		return PageView.of(service.givenUpIn(mondayOf(week), PageView.request(page, size, BY_AGREED_TIME)),
				AppointmentRequestView::of);
	}

	private LocalDate mondayOf(String week) {
		if (week == null || week.isBlank()) {
			LocalDate today = service.today();
			return today.minusDays(today.getDayOfWeek().getValue() - 1L);
		}
		try {
			return LocalDate.parse(week.strip() + "-1", DateTimeFormatter.ISO_WEEK_DATE);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("week must be an ISO week such as 2026-W49, not '" + week + "'");
		}
	}

}
