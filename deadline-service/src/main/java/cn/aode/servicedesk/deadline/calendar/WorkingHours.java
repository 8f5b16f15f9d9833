package cn.aode.servicedesk.deadline.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import cn.aode.servicedesk.platform.cases.CaseNumbers;

/**
 * The service center's opening periods on a working day (default 08:30–12:00 and
 * 14:30–18:00, Asia/Shanghai) and arithmetic in working minutes over the business
 * calendar.
 */
public final class WorkingHours {

	/** One opening period of a working day. */
	public record Period(LocalTime start, LocalTime end) {

		public Period {
			if (!start.isBefore(end)) {
				throw new IllegalArgumentException("A working period must start before it ends: " + start + "-" + end);
			}
		}

		int minutes() {
			return (int) Duration.between(start, end).toMinutes();
		}

	}

	private final ZoneId zone;

	private final List<Period> periods;

	private final int minutesPerDay;

	public WorkingHours(ZoneId zone, List<Period> periods) {
		if (periods.isEmpty()) {
			throw new IllegalArgumentException("At least one working period is needed");
		}
		this.zone = zone;
		this.periods = periods.stream().sorted(Comparator.comparing(Period::start)).toList();
		for (int i = 1; i < this.periods.size(); i++) {
			if (this.periods.get(i).start().isBefore(this.periods.get(i - 1).end())) {
				throw new IllegalArgumentException("Working periods overlap: " + this.periods);
			}
		}
		this.minutesPerDay = this.periods.stream().mapToInt(Period::minutes).sum();
	}

	/** The company default: 08:30–12:00 and 14:30–18:00 in Asia/Shanghai. */
	public static WorkingHours serviceCenterDefault() {
		return new WorkingHours(CaseNumbers.BUSINESS_ZONE, List.of(new Period(LocalTime.of(8, 30), LocalTime.of(12, 0)),
				new Period(LocalTime.of(14, 30), LocalTime.of(18, 0))));
	}

	public ZoneId zone() {
		return zone;
	}

	/** Closing time of a working day: deadlines counted in working days fall due then. */
	public LocalTime closingTime() {
		return periods.get(periods.size() - 1).end();
	}

	/**
	 * The instant when {@code amount} of working time has passed after {@code from}. Time
	 * outside the opening periods does not count; a result exactly at the end of a day's
	 * work is that day's closing time, not the next day's opening.
	 */
	public Instant plusWorkingTime(BusinessCalendar calendar, Instant from, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("Working time to add must not be negative: " + amount);
		}
		long target = position(calendar, from) + amount.toMinutes();
		int fromYear = LocalDateTime.ofInstant(from, zone).getYear();
		long days = target / minutesPerDay;
		int rest = (int) (target % minutesPerDay);
		if (rest == 0 && days > 0) {
			LocalDate day = calendar.workingDayAt((int) days - 1);
			calendar.requireAnnounced(fromYear, day.getYear());
			return day.atTime(closingTime()).atZone(zone).toInstant();
		}
		LocalDate day = calendar.workingDayAt((int) days);
		calendar.requireAnnounced(fromYear, day.getYear());
		return day.atTime(timeAfterMinutes(rest)).atZone(zone).toInstant();
	}

	/**
	 * Working time between two instants, counting only opening periods of working days.
	 */
	public Duration workingTimeBetween(BusinessCalendar calendar, Instant from, Instant to) {
		return Duration.ofMinutes(position(calendar, to) - position(calendar, from));
	}

	private long position(BusinessCalendar calendar, Instant instant) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
		return (long) calendar.workingDaysBefore(local.toLocalDate()) * minutesPerDay
				+ (calendar.isWorkingDay(local.toLocalDate()) ? minutesWorkedBefore(local.toLocalTime()) : 0);
	}

	private int minutesWorkedBefore(LocalTime time) {
		int minutes = 0;
		for (Period period : periods) {
			if (!time.isAfter(period.start())) {
				break;
			}
			LocalTime until = time.isBefore(period.end()) ? time : period.end();
			minutes += (int) Duration.between(period.start(), until).toMinutes();
		}
		return minutes;
	}

	private LocalTime timeAfterMinutes(int minutes) {
		int left = minutes;
		for (Period period : periods) {
			if (left <= period.minutes()) {
				return period.start().plusMinutes(left);
			}
			left -= period.minutes();
		}
		return closingTime();
	}

}
