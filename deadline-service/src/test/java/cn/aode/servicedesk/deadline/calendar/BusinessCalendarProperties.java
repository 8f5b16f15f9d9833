package cn.aode.servicedesk.deadline.calendar;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/** DL-1: laws of working-day arithmetic over the whole announced calendar (2018–2026). */
class BusinessCalendarProperties {

	private final BusinessCalendar calendar = OfficialCalendarData.calendar(false);

	@Property
	void addingThenCountingGivesBackN(@ForAll("announcedDates") LocalDate date,
			@ForAll @IntRange(min = 1, max = 60) int n) {
		LocalDate result = calendar.addWorkingDays(date, n);

		assertThat(calendar.countWorkingDays(date, result)).isEqualTo(n);
	}

	@Property
	void resultsAreAlwaysWorkingDaysAfterTheStart(@ForAll("announcedDates") LocalDate date,
			@ForAll @IntRange(min = 0, max = 60) int n) {
		LocalDate result = calendar.addWorkingDays(date, n);

		assertThat(calendar.isWorkingDay(result)).isTrue();
		assertThat(result).isAfterOrEqualTo(date);
	}

	/**
	 * From n = 1 on (n = 0 and n = 1 both give the next working day when the start is a
	 * day off).
	 */
	@Property
	void oneMoreWorkingDayIsAlwaysLater(@ForAll("announcedDates") LocalDate date,
			@ForAll @IntRange(min = 1, max = 60) int n) {
		assertThat(calendar.addWorkingDays(date, n + 1)).isAfter(calendar.addWorkingDays(date, n));
	}

	@Property
	void countingIsAdditive(@ForAll("announcedDates") LocalDate a, @ForAll("announcedDates") LocalDate b,
			@ForAll("announcedDates") LocalDate c) {
		assertThat(calendar.countWorkingDays(a, b) + calendar.countWorkingDays(b, c))
			.isEqualTo(calendar.countWorkingDays(a, c));
	}

	@Provide
	Arbitrary<LocalDate> announcedDates() {
		return Arbitraries.integers()
			.between(0, (int) (LocalDate.of(2026, 9, 30).toEpochDay() - LocalDate.of(2018, 1, 1).toEpochDay()))
			.map(offset -> LocalDate.of(2018, 1, 1).plusDays(offset));
	}

}
