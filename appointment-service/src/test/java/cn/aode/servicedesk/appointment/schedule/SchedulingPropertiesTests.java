package cn.aode.servicedesk.appointment.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** What appointments hold of their staff member's time, without Spring. */
class SchedulingPropertiesTests {

	private final SchedulingProperties defaults = new SchedulingProperties(Duration.ofMinutes(30), Duration.ofHours(1),
			Duration.ofMinutes(30), 3, List.of("clerk-1"));

	@Test
	@DisplayName("APT-6: a hall appointment holds its length from the agreed time; a home visit its length with "
			+ "travel before and after")
	void spansOfTheTwoKinds() {
		Instant at = Instant.parse("2026-12-01T10:00:00Z");

		assertThat(defaults.hallSpan(at)).isEqualTo(new Span(at, Instant.parse("2026-12-01T10:30:00Z")));
		assertThat(defaults.homeVisitSpan(at))
			.isEqualTo(new Span(Instant.parse("2026-12-01T09:30:00Z"), Instant.parse("2026-12-01T11:30:00Z")));
	}

	@Test
	@DisplayName("APT-6: the hall's slots are hall-length long from midnight in Asia/Shanghai")
	void hallSlotsFromMidnight() {
		// 18:10 and 18:29:59 Shanghai are in the slot 18:00–18:30, 18:30 starts the next
		assertThat(defaults.hallSlotOf(Instant.parse("2026-12-01T10:10:00Z")))
			.isEqualTo(new Span(Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T10:30:00Z")));
		assertThat(defaults.hallSlotOf(Instant.parse("2026-12-01T10:29:59Z")).start())
			.isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
		assertThat(defaults.hallSlotOf(Instant.parse("2026-12-01T10:30:00Z")).start())
			.isEqualTo(Instant.parse("2026-12-01T10:30:00Z"));
		// 00:05 Shanghai is the first slot of that business day
		assertThat(defaults.hallSlotOf(Instant.parse("2026-11-30T16:05:00Z")).start())
			.isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
	}

	@Test
	@DisplayName("Lengths are positive and the hall takes at least one appointment per slot")
	void settingsAreChecked() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new SchedulingProperties(Duration.ZERO, Duration.ofHours(1), Duration.ZERO, 3, List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new SchedulingProperties(Duration.ofMinutes(30),
				Duration.ofHours(1), Duration.ofMinutes(-1), 3, List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new SchedulingProperties(Duration.ofMinutes(30),
				Duration.ofHours(1), Duration.ZERO, 0, List.of()));
	}

}
