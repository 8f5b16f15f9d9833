package cn.aode.servicedesk.deadline.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.aode.servicedesk.deadline.calendar.BusinessCalendar;
import cn.aode.servicedesk.deadline.calendar.WorkingHours;

/**
 * A time limit as written in requests: {@code P1WD} (working days), {@code PT4WH}
 * (working hours) or {@code P3D} (calendar days).
 */
public record DeadlinePolicy(int amount, Unit unit) {

	/** DL-3: no limit given means three working days (with a written reply). */
	public static final DeadlinePolicy DEFAULT = new DeadlinePolicy(3, Unit.WORKING_DAYS);

	private static final Pattern FORMAT = Pattern.compile("P(?:(\\d{1,4})(WD|D)|T(\\d{1,5})WH)");

	/** The units a limit can be counted in. */
	public enum Unit {

		WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS

	}

	public DeadlinePolicy {
		if (amount <= 0) {
			throw new IllegalArgumentException("A time limit must be positive");
		}
	}

	/** Parses {@code P1WD}, {@code PT4WH} or {@code P3D}. */
	public static DeadlinePolicy parse(String text) {
		Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"Not a time limit: '" + text + "' (use P<n>WD working days, PT<n>WH working hours, P<n>D days)");
		}
		if (matcher.group(3) != null) {
			return new DeadlinePolicy(Integer.parseInt(matcher.group(3)), Unit.WORKING_HOURS);
		}
		return new DeadlinePolicy(Integer.parseInt(matcher.group(1)),
				"WD".equals(matcher.group(2)) ? Unit.WORKING_DAYS : Unit.CALENDAR_DAYS);
	}

	/**
	 * When the limit runs out for a clock started at {@code start}: working days end at
	 * the closing time of the n-th working day after the start's date; working hours
	 * count opening periods only; calendar days are exact.
	 */
	public Instant dueAfter(Instant start, BusinessCalendar calendar, WorkingHours hours) {
		return switch (unit) {
			case WORKING_DAYS -> {
				LocalDate startDay = start.atZone(hours.zone()).toLocalDate();
				yield calendar.addWorkingDays(startDay, amount)
					.atTime(hours.closingTime())
					.atZone(hours.zone())
					.toInstant();
			}
			case WORKING_HOURS -> hours.plusWorkingTime(calendar, start, Duration.ofHours(amount));
			case CALENDAR_DAYS -> start.plus(Duration.ofDays(amount));
		};
	}

	/**
	 * Whether paused time and warnings are measured in working time rather than wall
	 * time.
	 */
	public boolean countsWorkingTime() {
		return unit != Unit.CALENDAR_DAYS;
	}

	@Override
	public String toString() {
		return switch (unit) {
			case WORKING_DAYS -> "P" + amount + "WD";
			case WORKING_HOURS -> "PT" + amount + "WH";
			case CALENDAR_DAYS -> "P" + amount + "D";
		};
	}

}
