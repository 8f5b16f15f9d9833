package cn.aode.servicedesk.deadline.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.deadline.calendar.BusinessCalendar;
import cn.aode.servicedesk.deadline.calendar.CalendarChange;
import cn.aode.servicedesk.deadline.calendar.DayKind;
import cn.aode.servicedesk.platform.cases.Label;

/** Request and response bodies of the calendar API. */
final class CalendarViews {

	private CalendarViews() {
	}

	/** One date on the calendar. */
	record DayView(LocalDate date, Label kind, boolean workingDay, String name, boolean estimate) {

		static DayView of(BusinessCalendar calendar, LocalDate date) {
			return new DayView(date, Label.of(calendar.kindOf(date)), calendar.isWorkingDay(date),
					calendar.nameOf(date), calendar.isEstimate(date.getYear(), date.getYear()));
		}

	}

	/** A month: its days and how many of them are working days. */
	record MonthView(YearMonth month, int workingDays, List<DayView> days) {
	}

	/** The answer of "add N working days". */
	record WorkingDaysAdded(LocalDate from, int days, LocalDate result, boolean estimate) {
	}

	/** The answer of "count working days". */
	record WorkingDaysCounted(LocalDate from, LocalDate to, int workingDays, boolean estimate) {
	}

	/** The answer of "add working hours". */
	record WorkingTimeAdded(Instant from, double hours, Instant result, boolean estimate) {
	}

	/** An administrator's amendment of one day. */
	record SetDayRequest(@NotNull DayKind kind, @Size(max = 100) String name,
			@NotBlank @Size(max = 1000) String reason) {
	}

	/** A year's official arrangement, as published (or revised) by the State Council. */
	record AnnounceYearRequest(@NotNull List<@NotNull @Valid OfficialDayRequest> days, @Size(max = 1000) String source,
			@NotBlank @Size(max = 1000) String reason) {
	}

	/** One official day of an announced year. */
	record OfficialDayRequest(@NotNull LocalDate date, @NotNull Boolean offDay,
			@NotBlank @Size(max = 100) String name) {
	}

	/** An audited change and how many open deadline clocks it moved. */
	record ChangeView(long id, Instant changedAt, String changedBy, String reason, Label kind, int year, LocalDate day,
			Label before, Label after, int clocksMoved) {

		static ChangeView of(CalendarChange change) {
			return new ChangeView(change.id(), change.changedAt(), change.changedBy(), change.reason(),
					Label.of(change.kind()), change.year(), change.day(),
					change.before() == null ? null : Label.of(change.before()),
					change.after() == null ? null : Label.of(change.after()), change.clocksMoved());
		}

	}

}
