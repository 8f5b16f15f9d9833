package cn.aode.servicedesk.deadline.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An immutable snapshot of the business calendar with constant-time working-day lookups.
 * <p>
 * Every date from {@link #FIRST_YEAR} to {@link #LAST_YEAR} has a slot;
 * {@code cumulative[i]} counts the working days from the first slot up to and including
 * slot {@code i}. Counting is a subtraction and adding is a binary search, so neither
 * loops day by day over long spans. Years that are not announced are laid out as ordinary
 * weeks but refused (or flagged as estimates when the fallback is on).
 */
public final class BusinessCalendar {

	public static final int FIRST_YEAR = 2018;

	public static final int LAST_YEAR = 2100;

	private static final LocalDate BASE = LocalDate.of(FIRST_YEAR, 1, 1);

	private static final LocalDate END = LocalDate.of(LAST_YEAR, 12, 31);

	private final DayKind[] kinds;

	private final String[] names;

	private final int[] cumulative;

	private final boolean[] announced = new boolean[LAST_YEAR - FIRST_YEAR + 1];

	private final boolean fallbackToOrdinaryWeeks;

	/**
	 * @param announcedYears years whose official notice is known (their weekdays and
	 * weekends are exact once the official days are applied)
	 * @param officialDays holidays and make-up workdays of those years
	 * @param fallbackToOrdinaryWeeks answer for unannounced years as if they had no
	 * holidays (the answer is then marked an estimate) instead of refusing
	 */
	public BusinessCalendar(Set<Integer> announcedYears, Collection<OfficialDay> officialDays,
			boolean fallbackToOrdinaryWeeks) {
		int size = (int) ChronoUnit.DAYS.between(BASE, END) + 1;
		this.kinds = new DayKind[size];
		this.names = new String[size];
		this.cumulative = new int[size];
		this.fallbackToOrdinaryWeeks = fallbackToOrdinaryWeeks;
		Map<LocalDate, OfficialDay> byDate = new HashMap<>();
		for (OfficialDay day : officialDays) {
			byDate.put(day.date(), day);
		}
		for (int year : announcedYears) {
			if (year >= FIRST_YEAR && year <= LAST_YEAR) {
				announced[year - FIRST_YEAR] = true;
			}
		}
		int working = 0;
		LocalDate date = BASE;
		for (int i = 0; i < size; i++, date = date.plusDays(1)) {
			OfficialDay official = byDate.get(date);
			if (official != null) {
				kinds[i] = official.offDay() ? DayKind.HOLIDAY : DayKind.MAKEUP_WORKDAY;
				names[i] = official.name();
			}
			else {
				kinds[i] = isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKDAY;
			}
			if (kinds[i].isWorking()) {
				working++;
			}
			cumulative[i] = working;
		}
	}

	/** What kind of day the date is. */
	public DayKind kindOf(LocalDate date) {
		requireAnnounced(date.getYear());
		return kinds[index(date)];
	}

	/** The holiday's name for official days, else null. */
	public String nameOf(LocalDate date) {
		return names[index(date)];
	}

	public boolean isWorkingDay(LocalDate date) {
		return kindOf(date).isWorking();
	}

	/** Whether the official notice of the year is known. */
	public boolean isAnnounced(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR && announced[year - FIRST_YEAR];
	}

	/**
	 * Whether an answer touching these years is an estimate (fallback on, some year not
	 * announced).
	 */
	public boolean isEstimate(int fromYear, int toYear) {
		for (int year = Math.min(fromYear, toYear); year <= Math.max(fromYear, toYear); year++) {
			if (!isAnnounced(year)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The {@code n}-th working day after {@code date} ({@code n >= 1}); for
	 * {@code n == 0} the date itself when it is a working day, else the next working day.
	 */
	public LocalDate addWorkingDays(LocalDate date, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative: " + n);
		}
		int start = index(date);
		int target = (n == 0 && kinds[start].isWorking()) ? cumulative[start] : cumulative[start] + Math.max(n, 1);
		if (target > cumulative[cumulative.length - 1]) {
			throw new IllegalArgumentException("Result lies beyond " + END);
		}
		int found = firstIndexReaching(target, start);
		LocalDate result = BASE.plusDays(found);
		requireAnnounced(date.getYear(), result.getYear());
		return result;
	}

	/**
	 * Working days after {@code from} up to and including {@code to}; negative when
	 * {@code to} is earlier.
	 */
	public int countWorkingDays(LocalDate from, LocalDate to) {
		requireAnnounced(from.getYear(), to.getYear());
		return cumulative[index(to)] - cumulative[index(from)];
	}

	/**
	 * How many working days lie between the calendar's first day and this date, the date
	 * excluded.
	 */
	int workingDaysBefore(LocalDate date) {
		int i = index(date);
		return cumulative[i] - (kinds[i].isWorking() ? 1 : 0);
	}

	/**
	 * The working day preceded by exactly {@code ordinal} working days (the inverse of
	 * {@link #workingDaysBefore}).
	 */
	LocalDate workingDayAt(int ordinal) {
		if (ordinal < 0 || ordinal >= cumulative[cumulative.length - 1]) {
			throw new IllegalArgumentException("Result lies outside " + BASE + " to " + END);
		}
		return BASE.plusDays(firstIndexReaching(ordinal + 1, 0));
	}

	private int firstIndexReaching(int target, int from) {
		int low = from;
		int high = cumulative.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (cumulative[mid] >= target) {
				high = mid;
			}
			else {
				low = mid + 1;
			}
		}
		return low;
	}

	void requireAnnounced(int fromYear, int toYear) {
		for (int year = Math.min(fromYear, toYear); year <= Math.max(fromYear, toYear); year++) {
			requireAnnounced(year);
		}
	}

	private void requireAnnounced(int year) {
		if (!fallbackToOrdinaryWeeks && !isAnnounced(year)) {
			throw new YearNotAnnouncedException(year);
		}
	}

	private static int index(LocalDate date) {
		if (date.isBefore(BASE) || date.isAfter(END)) {
			throw new IllegalArgumentException("The business calendar covers " + BASE + " to " + END + ", not " + date);
		}
		return (int) ChronoUnit.DAYS.between(BASE, date);
	}

	private static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

	@Override
	public String toString() {
		return "BusinessCalendar" + Arrays.toString(announcedYears());
	}

	private int[] announcedYears() {
		int[] years = new int[announced.length];
		int count = 0;
		for (int i = 0; i < announced.length; i++) {
			if (announced[i]) {
				years[count++] = FIRST_YEAR + i;
			}
		}
		return Arrays.copyOf(years, count);
	}

}
