package cn.aode.servicedesk.deadline.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Working-hour arithmetic over the service center's opening periods (08:30–12:00,
 * 14:30–18:00).
 */
class WorkingHoursTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final BusinessCalendar calendar = OfficialCalendarData.calendar(false);

	private final WorkingHours hours = WorkingHours.serviceCenterDefault();

	@Test
	@DisplayName("DL-1: four working hours from Friday 17:00 end on Monday 11:30")
	void overTheWeekend() {
		assertThat(plus("2025-11-14T17:00", 240)).isEqualTo(at("2025-11-17T11:30"));
	}

	@Test
	void theLunchBreakDoesNotCount() {
		assertThat(plus("2025-11-13T11:00", 120)).isEqualTo(at("2025-11-13T15:30"));
	}

	@Test
	void holidaysDoNotCount() {
		assertThat(plus("2025-09-30T17:00", 120)).isEqualTo(at("2025-10-09T09:30"));
	}

	@Test
	void endingExactlyAtLunchStaysBeforeLunch() {
		assertThat(plus("2025-11-17T09:00", 180)).isEqualTo(at("2025-11-17T12:00"));
	}

	@Test
	void aResultInAnUnannouncedYearIsRefused() {
		assertThatThrownBy(() -> plus("2026-12-31T17:00", 120)).isInstanceOf(YearNotAnnouncedException.class);
	}

	@Test
	void endingExactlyAtClosingTimeStaysOnThatDay() {
		assertThat(plus("2025-11-14T14:30", 210)).isEqualTo(at("2025-11-14T18:00"));
	}

	@Test
	void startingOutsideOpeningHoursStartsAtTheNextOpening() {
		assertThat(plus("2025-11-15T10:00", 60)).isEqualTo(at("2025-11-17T09:30"));
		assertThat(plus("2025-11-13T12:30", 30)).isEqualTo(at("2025-11-13T15:00"));
	}

	@Test
	void workingTimeBetweenIsTheInverse() {
		assertThat(hours.workingTimeBetween(calendar, at("2025-11-14T17:00"), at("2025-11-17T11:30")))
			.isEqualTo(Duration.ofHours(4));
	}

	private Instant plus(String localStart, int minutes) {
		return hours.plusWorkingTime(calendar, at(localStart), Duration.ofMinutes(minutes));
	}

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
	}

}
