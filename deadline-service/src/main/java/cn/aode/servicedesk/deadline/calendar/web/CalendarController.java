package cn.aode.servicedesk.deadline.calendar.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.deadline.calendar.BusinessCalendar;
import cn.aode.servicedesk.deadline.calendar.CalendarService;
import cn.aode.servicedesk.deadline.calendar.OfficialDay;
import cn.aode.servicedesk.deadline.calendar.WorkingHours;
import cn.aode.servicedesk.deadline.calendar.web.CalendarViews.AnnounceYearRequest;
import cn.aode.servicedesk.deadline.calendar.web.CalendarViews.ChangeView;
import cn.aode.servicedesk.deadline.calendar.web.CalendarViews.DayView;
import cn.aode.servicedesk.deadline.calendar.web.CalendarViews.MonthView;
import cn.aode.servicedesk.deadline.calendar.web.CalendarViews.SetDayRequest;
import cn.aode.servicedesk.deadline.calendar.web.CalendarViews.WorkingDaysAdded;
import cn.aode.servicedesk.deadline.calendar.web.CalendarViews.WorkingDaysCounted;
import cn.aode.servicedesk.deadline.calendar.web.CalendarViews.WorkingTimeAdded;
import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.security.Role;

/** Questions to the business calendar, and its administration. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Business calendar 工作日历", description = "DL: working days, holidays and make-up workdays of mainland China")
class CalendarController {

	private final CalendarService calendars;

	CalendarController(CalendarService calendars) {
		this.calendars = calendars;
	}

	@GetMapping("/days/{date}")
	@Operation(summary = "Is this a working day? What kind of day is it?")
	DayView day(@PathVariable LocalDate date) {
		return DayView.of(calendars.current(), date);
	}

	@GetMapping("/months/{month}")
	@Operation(summary = "Every day of a month (format 2025-10)")
	MonthView month(@PathVariable YearMonth month) {
		BusinessCalendar calendar = calendars.current();
		List<DayView> days = month.atDay(1)
			.datesUntil(month.plusMonths(1).atDay(1))
			.map(date -> DayView.of(calendar, date))
			.toList();
		return new MonthView(month, (int) days.stream().filter(DayView::workingDay).count(), days);
	}

	@GetMapping("/working-days/add")
	@Operation(summary = "The N-th working day after a date (N = 0: the date itself if working, else the next)")
	WorkingDaysAdded addWorkingDays(@RequestParam LocalDate from, @RequestParam @Min(0) @Max(3650) int days) {
		BusinessCalendar calendar = calendars.current();
		LocalDate result = calendar.addWorkingDays(from, days);
		return new WorkingDaysAdded(from, days, result, calendar.isEstimate(from.getYear(), result.getYear()));
	}

	@GetMapping("/working-days/count")
	@Operation(summary = "Working days after 'from' up to and including 'to'")
	WorkingDaysCounted countWorkingDays(@RequestParam LocalDate from, @RequestParam LocalDate to) {
		BusinessCalendar calendar = calendars.current();
		return new WorkingDaysCounted(from, to, calendar.countWorkingDays(from, to),
				calendar.isEstimate(from.getYear(), to.getYear()));
	}

	@GetMapping("/working-hours/add")
	@Operation(summary = "The instant when N working hours have passed (service-center opening hours only)")
	WorkingTimeAdded addWorkingHours(@RequestParam Instant from, @RequestParam @Min(0) @Max(10000) double hours) {
		BusinessCalendar calendar = calendars.current();
		WorkingHours workingHours = calendars.workingHours();
		Instant result = workingHours.plusWorkingTime(calendar, from, Duration.ofMinutes(Math.round(hours * 60)));
		return new WorkingTimeAdded(from, hours, result, calendar.isEstimate(from.atZone(workingHours.zone()).getYear(),
				result.atZone(workingHours.zone()).getYear()));
	}

	@PutMapping("/days/{date}")
	@Operation(summary = "Amend one day (audited; by the office); answers how many open deadline clocks moved")
	ChangeView setDay(@PathVariable LocalDate date, Caller caller, @Valid @RequestBody SetDayRequest request) {
		return ChangeView.of(calendars.setDay(date, request.kind(), request.name(), request.reason(),
				caller.staffMemberWith(null, Role.OFFICE_HANDLER)));
	}

	@PutMapping("/years/{year}")
	@Operation(summary = "Announce or replace a year's official arrangement (audited; by the office)")
	ChangeView announceYear(@PathVariable @Min(BusinessCalendar.FIRST_YEAR) @Max(BusinessCalendar.LAST_YEAR) int year,
			Caller caller, @Valid @RequestBody AnnounceYearRequest request) {
		String changedBy = caller.staffMemberWith(null, Role.OFFICE_HANDLER);
		List<OfficialDay> days = request.days()
			.stream()
			.map(day -> new OfficialDay(day.date(), day.offDay(), day.name()))
			.toList();
		return ChangeView.of(calendars.announceYear(year, days, request.source(), request.reason(), changedBy));
	}

	@GetMapping("/years/{year}/changes")
	@Operation(summary = "The audit trail of a year's calendar")
	List<ChangeView> changes(@PathVariable int year) {
		return calendars.changes(year).stream().map(ChangeView::of).toList();
	}

}
