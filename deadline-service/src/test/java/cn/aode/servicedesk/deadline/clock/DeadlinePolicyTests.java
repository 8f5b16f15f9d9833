package cn.aode.servicedesk.deadline.clock;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.deadline.calendar.BusinessCalendar;
import cn.aode.servicedesk.deadline.calendar.OfficialCalendarDataAccess;
import cn.aode.servicedesk.deadline.calendar.WorkingHours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlinePolicyTests {

	private final BusinessCalendar calendar = OfficialCalendarDataAccess.calendar();

	private final WorkingHours hours = WorkingHours.serviceCenterDefault();

	@Test
	void parsesTheThreeUnits() {
		assertThat(DeadlinePolicy.parse("P1WD")).isEqualTo(new DeadlinePolicy(1, DeadlinePolicy.Unit.WORKING_DAYS));
		assertThat(DeadlinePolicy.parse("PT4WH")).isEqualTo(new DeadlinePolicy(4, DeadlinePolicy.Unit.WORKING_HOURS));
		assertThat(DeadlinePolicy.parse("P3D")).isEqualTo(new DeadlinePolicy(3, DeadlinePolicy.Unit.CALENDAR_DAYS));
		assertThat(DeadlinePolicy.parse("PT4WH")).hasToString("PT4WH");
		assertThatThrownBy(() -> DeadlinePolicy.parse("tomorrow")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DeadlinePolicy.parse("P0WD")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@DisplayName("APT-5: a request received Thursday 10:00 must be answered by Friday's closing time")
	void oneWorkingDayEndsAtTheNextWorkingDaysClosingTime() {
		assertThat(DeadlinePolicy.parse("P1WD").dueAfter(at("2025-11-13T10:00"), calendar, hours))
			.isEqualTo(at("2025-11-14T18:00"));
	}

	@Test
	@DisplayName("DL-3: the default three working days skip weekends and holidays")
	void defaultIsThreeWorkingDays() {
		assertThat(DeadlinePolicy.DEFAULT.dueAfter(at("2025-09-30T09:00"), calendar, hours))
			.isEqualTo(at("2025-10-11T18:00"));
	}

	@Test
	void workingHoursAndCalendarDays() {
		assertThat(DeadlinePolicy.parse("PT4WH").dueAfter(at("2025-11-14T17:00"), calendar, hours))
			.isEqualTo(at("2025-11-17T11:30"));
		assertThat(DeadlinePolicy.parse("P3D").dueAfter(at("2025-11-14T17:00"), calendar, hours))
			.isEqualTo(at("2025-11-17T17:00"));
	}

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
	}

}
