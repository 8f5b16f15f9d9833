package cn.aode.servicedesk.assist.rota;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.platform.problem.ForbiddenException;
import cn.aode.servicedesk.platform.problem.InvalidStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DutyTests {

	private static final LocalDate DAY = LocalDate.parse("2026-12-03");

	/** The morning shift begins at 08:30 in Shanghai. */
	private static final Instant SHIFT_START = Instant.parse("2026-12-03T00:30:00Z");

	private final Duty duty = Duty.onDuty(DAY, Shift.MORNING, "helper-01", null, "clerk-1",
			Instant.parse("2026-12-01T02:00:00Z"));

	@Test
	@DisplayName("AST-4: checking in exactly ten minutes before the shift is on time, with nothing for the record")
	void tenMinutesBeforeIsOnTime() {
		duty.checkIn("helper-01", SHIFT_START, Instant.parse("2026-12-03T00:20:00Z"));

		assertThat(duty.status()).isEqualTo(DutyStatus.CHECKED_IN);
		assertThat(duty.late()).isFalse();
		assertThat(duty.pendingEvents()).isEmpty();
	}

	@Test
	@DisplayName("AST-4: nine minutes before the shift is late, and asks for a penalty on the helper's record")
	void nineMinutesBeforeIsLate() {
		duty.checkIn("helper-01", SHIFT_START, Instant.parse("2026-12-03T00:21:00Z"));

		assertThat(duty.late()).isTrue();
		assertThat(duty.pendingEvents()).singleElement()
			.isInstanceOfSatisfying(StaffRecordEntryRequested.class, entry -> {
				assertThat(entry.staffId()).isEqualTo("helper-01");
				assertThat(entry.kind()).isEqualTo("PENALTY");
				assertThat(entry.rule()).isEqualTo("AST-4");
				assertThat(entry.area()).isEqualTo("assist-service");
				assertThat(entry.detail()).isEqualTo("帮办代办员未提前十分钟到岗：2026-12-03 上午班，晚于应到时间 1 分钟");
			});
	}

	@Test
	@DisplayName("AST-4: helpers check in themselves, once")
	void helpersCheckInThemselvesOnce() {
		assertThatThrownBy(() -> duty.checkIn("helper-02", SHIFT_START, SHIFT_START))
			.isInstanceOfSatisfying(ForbiddenException.class, refused -> assertThat(refused.rule()).isEqualTo("AST-4"));
		duty.checkIn("helper-01", SHIFT_START, SHIFT_START);
		assertThatThrownBy(() -> duty.checkIn("helper-01", SHIFT_START, SHIFT_START))
			.isInstanceOf(InvalidStateException.class);
	}

	@Test
	@DisplayName("AST-3: a helper away on a trip is absent with the reason, and no longer present in the shift")
	void awayHelperIsAbsent() {
		duty.away(AbsenceReason.TRIP, "赴旗政务中心", "clerk-1");

		assertThat(duty.status()).isEqualTo(DutyStatus.ABSENT);
		assertThat(duty.present()).isFalse();
		assertThat(duty.absenceReason()).isEqualTo(AbsenceReason.TRIP);
		assertThatThrownBy(() -> duty.away(AbsenceReason.MEETING, null, "clerk-1"))
			.isInstanceOf(InvalidStateException.class);
	}

}
