package cn.aode.servicedesk.visit.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.visit.calendar.BusinessCalendar;
import cn.aode.servicedesk.visit.calendar.BusinessDay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitTimesTests {

	/**
	 * 2025's National Day: 1–8 October off, Sunday 28 September and Saturday 11 October
	 * worked in lieu (as the State Council announced it).
	 */
	static final BusinessCalendar NATIONAL_DAY_2025 = date -> {
		if (!date.isBefore(LocalDate.parse("2025-10-01")) && !date.isAfter(LocalDate.parse("2025-10-08"))) {
			return new BusinessDay(date, false, true, "国庆节、中秋节", false);
		}
		if (Set.of(LocalDate.parse("2025-09-28"), LocalDate.parse("2025-10-11")).contains(date)) {
			return new BusinessDay(date, true, false, "国庆节、中秋节 调休上班", false);
		}
		BusinessDay ordinary = BusinessDay.ordinary(date);
		return new BusinessDay(date, ordinary.working(), false, null, false);
	};

	private final VisitTimes times = new VisitTimes(NATIONAL_DAY_2025,
			new VisitTimes.Settings(Duration.ofMinutes(30), Period.ofMonths(1), List.of("08:30-12:00", "14:30-18:00")));

	/** Tuesday 30 September 2025, 10:00 in Shanghai: the eve of the holiday. */
	private static final Instant EVE = at("2025-09-30T10:00");

	@Test
	@DisplayName("VST-6: the first free time in the customer's evening window on a working day")
	void firstTimeInsideTheWindow() {
		VisitTimes.Proposal proposal = times.propose("工作日 18:00-20:00", List.of(), EVE, LocalDate.parse("2025-10-10"));

		assertThat(proposal.at()).isEqualTo(at("2025-09-30T18:00"));
		assertThat(proposal.withinDueDate()).isTrue();
		assertThat(proposal.windowsUnderstood()).isTrue();
		assertThat(proposal.calendarEstimated()).isFalse();
	}

	@Test
	@DisplayName("VST-6: busy on the eve, the visit skips the National Day holiday to the next working day's window")
	void busyTimesAndTheHolidayAreSkipped() {
		VisitTimes.Proposal proposal = times.propose("工作日 18:00-20:00",
				List.of(new Busy(at("2025-09-30T17:00"), at("2025-09-30T21:00"))), EVE, LocalDate.parse("2025-10-10"));

		assertThat(proposal.at()).isEqualTo(at("2025-10-09T18:00"));
	}

	@Test
	@DisplayName("VST-6: a busy time inside the window moves the visit to the next free half hour")
	void busyHalfHourIsAvoided() {
		VisitTimes.Proposal proposal = times.propose("工作日 18:00-20:00",
				List.of(new Busy(at("2025-09-30T17:45"), at("2025-09-30T18:40"))), EVE, LocalDate.parse("2025-10-10"));

		assertThat(proposal.at()).isEqualTo(at("2025-09-30T19:00"));
	}

	@Test
	@DisplayName("VST-6: no holiday visit unless the customer asked: a weekend window skips the holiday's weekend "
			+ "and the make-up workday, a holiday window takes the holiday")
	void holidaysOnlyWhenTheCustomerAsked() {
		Instant afterTheEve = at("2025-09-30T20:00");

		assertThat(times.propose("周末 上午", List.of(), afterTheEve, LocalDate.parse("2025-10-31")).at())
			.isEqualTo(at("2025-10-12T09:00"));
		assertThat(times.propose("周六 10:00-11:00", List.of(), afterTheEve, LocalDate.parse("2025-10-31")).at())
			.as("a Saturday named by the customer, the holiday's Saturday excepted")
			.isEqualTo(at("2025-10-11T10:00"));
		assertThat(times.propose("节假日 10:00-11:00", List.of(), afterTheEve, LocalDate.parse("2025-10-31")).at())
			.isEqualTo(at("2025-10-01T10:00"));
	}

	@Test
	@DisplayName("VST-6: without readable windows, the visiting hours of working days, flagged for staff to ask")
	void visitingHoursWhenTheWindowsSayNothing() {
		VisitTimes.Proposal proposal = times.propose("随时", List.of(), at("2025-09-30T17:50"),
				LocalDate.parse("2025-10-10"));

		assertThat(proposal.at()).isEqualTo(at("2025-10-09T08:30"));
		assertThat(proposal.windowsUnderstood()).isFalse();
	}

	@Test
	@DisplayName("VST-6: a visit due far ahead is proposed in the month before its due date, not today")
	void farDueVisitsAreProposedWithinTheLead() {
		VisitTimes.Proposal proposal = times.propose(null, List.of(), EVE, LocalDate.parse("2026-03-30"));

		assertThat(proposal.at()).isEqualTo(at("2026-03-02T08:30"));
	}

	@Test
	@DisplayName("VST-6: nothing free by the due date: the first free time after it, flagged as late")
	void lateWhenNothingIsFreeByTheDueDate() {
		VisitTimes.Proposal proposal = times.propose("工作日 18:00-20:00", List.of(), at("2025-09-30T20:00"),
				LocalDate.parse("2025-10-08"));

		assertThat(proposal.at()).isEqualTo(at("2025-10-09T18:00"));
		assertThat(proposal.withinDueDate()).isFalse();
	}

	@Test
	@DisplayName("VST-6: a time staff chose outside the customer's windows, or in a busy time, is refused unless the "
			+ "customer asked for it")
	void chosenTimesAreChecked() {
		LocalDate dueBy = LocalDate.parse("2025-10-10");

		assertThatThrownBy(() -> times.check(at("2025-10-02T18:00"), "工作日 18:00-20:00", List.of(), false, dueBy))
			.isInstanceOfSatisfying(RuleViolationException.class,
					refused -> assertThat(refused.rule()).isEqualTo("VST-6"))
			.hasMessageContaining("国庆节");
		assertThatThrownBy(() -> times.check(at("2025-09-30T19:45"), "工作日 18:00-20:00", List.of(), false, dueBy))
			.as("the visit's half hour runs past the window")
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> times.check(at("2025-09-30T18:00"), "工作日 18:00-20:00",
				List.of(new Busy(at("2025-09-30T18:15"), at("2025-09-30T18:20"))), false, dueBy))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("busy");
		assertThat(times.check(at("2025-09-30T19:30"), "工作日 18:00-20:00", List.of(), false, dueBy).at())
			.isEqualTo(at("2025-09-30T19:30"));
		assertThat(times.check(at("2025-10-02T18:00"), "工作日 18:00-20:00", List.of(), true, dueBy).at())
			.isEqualTo(at("2025-10-02T18:00"));
	}

	@Test
	@DisplayName("VST-6: windows are read from the CRM's text: weekday ranges, several entries, 24:00")
	void windowsAreRead() {
		ContactWindows windows = times.windows("周一至周三 19:00-21:00；星期六 上午, 工作日 20:00-24:00");

		assertThat(windows.understood()).isTrue();
		assertThat(windows.windows()).hasSize(3);
		assertThat(windows.windows().get(0).days().weekdays()).hasSize(3);
		assertThat(windows.windows().get(1).from()).isEqualTo(LocalTime.of(9, 0));
		assertThat(windows.windows().get(2).to()).isEqualTo(LocalTime.MAX);
		assertThat(times.windows("25:00-26:00").understood()).isFalse();
	}

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(CaseNumbers.BUSINESS_ZONE).toInstant();
	}

}
