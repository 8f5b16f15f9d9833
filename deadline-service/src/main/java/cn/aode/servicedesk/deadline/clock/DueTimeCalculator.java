package cn.aode.servicedesk.deadline.clock;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import cn.aode.servicedesk.deadline.calendar.BusinessCalendar;
import cn.aode.servicedesk.deadline.calendar.CalendarDependent;
import cn.aode.servicedesk.deadline.calendar.CalendarService;
import cn.aode.servicedesk.deadline.calendar.WorkingHours;

/**
 * Computes due and warning times on the business calendar, and moves open clocks when the
 * calendar is amended.
 */
@Component
class DueTimeCalculator implements CalendarDependent {

	private final CalendarService calendars;

	private final DeadlineClocks clocks;

	private final DeadlineProperties properties;

	DueTimeCalculator(CalendarService calendars, DeadlineClocks clocks, DeadlineProperties properties) {
		this.calendars = calendars;
		this.clocks = clocks;
		this.properties = properties;
	}

	DueTimes forNewClock(DeadlinePolicy policy, Instant startsAt) {
		return times(calendars.currentForClockChange(), policy, startsAt, 0, null);
	}

	DueTimes forClock(DeadlineClock clock, long pausedMinutes, Instant extendedDueAt) {
		return times(calendars.currentForClockChange(), clock.policy(), clock.startsAt(), pausedMinutes, extendedDueAt);
	}

	/**
	 * Paused time between two instants in the policy's units: working minutes, or wall
	 * minutes for calendar days.
	 */
	long pausedMinutes(DeadlinePolicy policy, Instant from, Instant to) {
		if (!policy.countsWorkingTime()) {
			return Duration.between(from, to).toMinutes();
		}
		return calendars.workingHours().workingTimeBetween(calendars.currentForClockChange(), from, to).toMinutes();
	}

	/** An instant moved later by paused time in the policy's units. */
	Instant later(DeadlinePolicy policy, Instant instant, long pausedMinutes) {
		return policy.countsWorkingTime()
				? calendars.workingHours()
					.plusWorkingTime(calendars.currentForClockChange(), instant, Duration.ofMinutes(pausedMinutes))
				: instant.plus(Duration.ofMinutes(pausedMinutes));
	}

	@Override
	public int calendarAmended(BusinessCalendar updated, int year) {
		int moved = 0;
		for (DeadlineClock clock : clocks.findOpenOverlappingYear(year)) {
			if (!clock.policy().countsWorkingTime()) {
				continue;
			}
			DueTimes times = times(updated, clock.policy(), clock.startsAt(), clock.pausedMinutes(), null);
			if (!times.dueAt().equals(clock.dueAt())) {
				clock.reschedule(times);
				clocks.save(clock);
				moved++;
			}
		}
		return moved;
	}

	private DueTimes times(BusinessCalendar calendar, DeadlinePolicy policy, Instant startsAt, long pausedMinutes,
			Instant extendedDueAt) {
		WorkingHours hours = calendars.workingHours();
		Instant due = extendedDueAt;
		if (due == null) {
			Instant base = policy.dueAfter(startsAt, calendar, hours);
			due = policy.countsWorkingTime() ? hours.plusWorkingTime(calendar, base, Duration.ofMinutes(pausedMinutes))
					: base.plus(Duration.ofMinutes(pausedMinutes));
		}
		Instant warn;
		if (policy.countsWorkingTime()) {
			Duration allowed = hours.workingTimeBetween(calendar, startsAt, due);
			warn = hours.plusWorkingTime(calendar, startsAt,
					Duration.ofMinutes((long) (allowed.toMinutes() * properties.warnShare())));
		}
		else {
			warn = startsAt
				.plus(Duration.ofMillis((long) (Duration.between(startsAt, due).toMillis() * properties.warnShare())));
		}
		return new DueTimes(due, warn);
	}

}
