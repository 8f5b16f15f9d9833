package cn.aode.servicedesk.deadline.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Facts of the official calendar that the arithmetic must reproduce. */
class BusinessCalendarTests {

	private final BusinessCalendar calendar = OfficialCalendarData.calendar(false);

	@Test
	@DisplayName("DL-1: National Day 2025 — 10-01..08 off, 09-28 and 10-11 make-up working days")
	void nationalDay2025() {
		LocalDate.of(2025, 10, 1)
			.datesUntil(LocalDate.of(2025, 10, 9))
			.forEach(day -> assertThat(calendar.kindOf(day)).as(day.toString()).isEqualTo(DayKind.HOLIDAY));
		assertThat(calendar.kindOf(LocalDate.of(2025, 9, 28))).isEqualTo(DayKind.MAKEUP_WORKDAY);
		assertThat(calendar.kindOf(LocalDate.of(2025, 10, 11))).isEqualTo(DayKind.MAKEUP_WORKDAY);
		assertThat(calendar.nameOf(LocalDate.of(2025, 10, 1))).contains("国庆节");
	}

	@Test
	@DisplayName("DL-1: Spring Festival 2026 — 02-15..23 off, 02-14 and 02-28 make-up working days")
	void springFestival2026() {
		LocalDate.of(2026, 2, 15)
			.datesUntil(LocalDate.of(2026, 2, 24))
			.forEach(day -> assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse());
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
	}

	@Test
	void counts248WorkingDaysIn2025And251In2024() {
		assertThat(calendar.countWorkingDays(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31))).isEqualTo(248);
		assertThat(calendar.countWorkingDays(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31))).isEqualTo(251);
	}

	@Test
	@DisplayName("APT-5: a request received on 2025-09-30 is answered by the first working day after National Day")
	void oneWorkingDayAcrossNationalDay() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
	}

	@Test
	@DisplayName("DL-3: three working days from a Friday skip the weekend")
	void threeWorkingDaysFromAFriday() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 11, 14), 3)).isEqualTo(LocalDate.of(2025, 11, 19));
	}

	@Test
	void zeroWorkingDaysIsTheDayItselfOrTheNextWorkingDay() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 11, 14), 0)).isEqualTo(LocalDate.of(2025, 11, 14));
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 11, 15), 0)).isEqualTo(LocalDate.of(2025, 11, 17));
	}

	@Test
	@DisplayName("DL-1: a year whose holidays are not announced is refused, never treated as ordinary weeks")
	void unannouncedYearIsRefused() {
		assertThat(calendar.isAnnounced(2027)).isFalse();
		assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 4)))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("DL-1"))
			.hasMessageContaining("2027");
		assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 5))
			.isInstanceOf(YearNotAnnouncedException.class);
	}

	@Test
	void fallbackAnswersForUnannouncedYearsAsOrdinaryWeeksFlaggedAsEstimates() {
		BusinessCalendar fallback = OfficialCalendarData.calendar(true);

		assertThat(fallback.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(fallback.isEstimate(2026, 2027)).isTrue();
		assertThat(fallback.isEstimate(2025, 2026)).isFalse();
	}

}
