package cn.aode.servicedesk.appointment.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A staff member's free and busy spans of a day, without Spring. */
class StaffDayTests {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

	private static final Instant MIDNIGHT = Instant.parse("2026-11-30T16:00:00Z");

	private static final Instant NEXT_MIDNIGHT = Instant.parse("2026-12-01T16:00:00Z");

	@Test
	@DisplayName("APT-6: a day without appointments is free from midnight to midnight, Asia/Shanghai")
	void emptyDayIsFree() {
		StaffDay day = StaffDay.of("spc-01", DAY, List.of());

		assertThat(day.busy()).isEmpty();
		assertThat(day.free()).containsExactly(new Span(MIDNIGHT, NEXT_MIDNIGHT));
	}

	@Test
	@DisplayName("APT-6: the free spans are the gaps between bookings; a booking from the day before counts from "
			+ "midnight")
	void freeSpansAreTheGaps() {
		Booking overnight = booking(Instant.parse("2026-11-30T15:30:00Z"), Instant.parse("2026-11-30T16:30:00Z"));
		Booking evening = booking(Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T11:00:00Z"));
		Booking adjacent = booking(Instant.parse("2026-12-01T11:00:00Z"), Instant.parse("2026-12-01T11:30:00Z"));

		StaffDay day = StaffDay.of("spc-01", DAY, List.of(adjacent, evening, overnight));

		assertThat(day.busy()).containsExactly(overnight, evening, adjacent);
		assertThat(day.free()).containsExactly(
				new Span(Instant.parse("2026-11-30T16:30:00Z"), Instant.parse("2026-12-01T10:00:00Z")),
				new Span(Instant.parse("2026-12-01T11:30:00Z"), NEXT_MIDNIGHT));
	}

	private static Booking booking(Instant start, Instant end) {
		return new Booking(UUID.randomUUID(), "YY20261201-0001", "spc-01", new Span(start, end));
	}

}
