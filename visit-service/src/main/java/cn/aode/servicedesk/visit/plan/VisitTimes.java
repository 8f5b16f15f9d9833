package cn.aode.servicedesk.visit.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.visit.calendar.BusinessCalendar;
import cn.aode.servicedesk.visit.calendar.BusinessDay;

/**
 * VST-6: when to visit. Proposes the first free start, on a half-hour grid, inside the
 * customer's contact windows on the business calendar — working days unless the customer
 * named rest days, weekdays or holidays — that leaves the visit's length before the
 * window closes and overlaps none of the times the customer marked busy: from the plan's
 * lead time before its due date (or now, if later) to its due date, and, when nothing is
 * free by then, up to a month after it (flagged as late). Checks a time staff chose
 * against the same windows.
 */
@Component
public class VisitTimes {

	private static final Duration GRID = Duration.ofMinutes(30);

	private static final Period SEARCH_BEYOND_DUE = Period.ofMonths(1);

	private final BusinessCalendar calendar;

	private final Settings settings;

	VisitTimes(BusinessCalendar calendar, Settings settings) {
		this.calendar = calendar;
		this.settings = settings;
	}

	/**
	 * How visits are proposed: the visit's length, how long before its due date a visit
	 * is proposed at the earliest, and the visiting hours used where the customer gave no
	 * times (by default the service center's working hours).
	 */
	@ConfigurationProperties("servicedesk.visits.proposal")
	public record Settings(@DefaultValue("PT30M") Duration length, @DefaultValue("P1M") Period lead, @DefaultValue( {
			"08:30-12:00", "14:30-18:00" }) List<String> visitingHours){

		List<TimeSpan> hours() {
			return visitingHours.stream().map(Settings::span).toList();
		}

		private static TimeSpan span(String text) {
			String[] parts = text.split("-");
			return new TimeSpan(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
		}

	}

	/** A proposed start and what it rests on. */
	public record Proposal(Instant at, boolean withinDueDate, boolean calendarEstimated, boolean windowsUnderstood) {
	}

	/** The customer's windows as read from the CRM's text. */
	public ContactWindows windows(String text) {
		return ContactWindows.parse(text, settings.hours());
	}

	/**
	 * The first free start for a visit due by {@code dueBy}; null when the windows leave
	 * nothing free up to a month after the due date.
	 */
	public Proposal propose(String windowsText, List<Busy> busy, Instant now, LocalDate dueBy) {
		ContactWindows windows = windows(windowsText);
		LocalDate today = LocalDate.ofInstant(now, CaseNumbers.BUSINESS_ZONE);
		LocalDate from = dueBy.minus(settings.lead()).isAfter(today) ? dueBy.minus(settings.lead()) : today;
		boolean estimated = false;
		for (LocalDate date = from; !date.isAfter(dueBy.plus(SEARCH_BEYOND_DUE)); date = date.plusDays(1)) {
			BusinessDay day = calendar.day(date);
			estimated |= day.estimate();
			for (ContactWindows.Window window : windows.windows()
				.stream()
				.filter(window -> window.covers(day))
				.sorted(Comparator.comparing(ContactWindows.Window::from))
				.toList()) {
				Instant start = firstFree(date, window, busy, now);
				if (start != null) {
					return new Proposal(start, !date.isAfter(dueBy), estimated, windows.understood());
				}
			}
		}
		return null;
	}

	private Instant firstFree(LocalDate date, ContactWindows.Window window, List<Busy> busy, Instant now) {
		ZonedDateTime end = date.atTime(window.to()).atZone(CaseNumbers.BUSINESS_ZONE);
		ZonedDateTime start = date.atTime(window.from()).atZone(CaseNumbers.BUSINESS_ZONE);
		if (start.toInstant().isBefore(now)) {
			start = onGrid(now);
		}
		for (; !start.plus(settings.length()).isAfter(end); start = start.plus(GRID)) {
			Instant from = start.toInstant();
			Instant to = from.plus(settings.length());
			if (busy.stream().noneMatch(period -> period.overlaps(from, to))) {
				return from;
			}
		}
		return null;
	}

	private static ZonedDateTime onGrid(Instant now) {
		LocalDateTime local = LocalDateTime.ofInstant(now, CaseNumbers.BUSINESS_ZONE).truncatedTo(ChronoUnit.MINUTES);
		long minutes = local.getMinute() % GRID.toMinutes();
		LocalDateTime next = minutes == 0 ? local : local.plusMinutes(GRID.toMinutes() - minutes);
		return next.atZone(CaseNumbers.BUSINESS_ZONE);
	}

	/**
	 * VST-6: a time staff chose must lie inside the customer's windows on the business
	 * calendar, with the visit's length, and outside the times marked busy — unless the
	 * customer asked for it.
	 * @return the chosen time as a proposal
	 */
	public Proposal check(Instant at, String windowsText, List<Busy> busy, boolean customerAsked, LocalDate dueBy) {
		ContactWindows windows = windows(windowsText);
		LocalDateTime local = LocalDateTime.ofInstant(at, CaseNumbers.BUSINESS_ZONE);
		boolean withinDueDate = !local.toLocalDate().isAfter(dueBy);
		if (customerAsked) {
			return new Proposal(at, withinDueDate, false, windows.understood());
		}
		LocalDateTime end = local.plus(settings.length());
		BusinessDay day = calendar.day(local.toLocalDate());
		boolean inside = windows.windows()
			.stream()
			.anyMatch(window -> window.covers(day) && !local.toLocalTime().isBefore(window.from())
					&& end.toLocalDate().equals(local.toLocalDate()) && !end.toLocalTime().isAfter(window.to()));
		if (!inside) {
			throw new RuleViolationException("VST-6",
					"A visit at " + local + " (Asia/Shanghai"
							+ (day.holiday() ? ", " + day.name() : day.working() ? "" : ", a rest day")
							+ ") lies outside the customer's contact windows (" + describe(windows)
							+ "); choose a time inside them, or say that the customer asked for it (customerAsked)");
		}
		Instant to = at.plus(settings.length());
		busy.stream().filter(period -> period.overlaps(at, to)).findFirst().ifPresent(period -> {
			throw new RuleViolationException("VST-6", "A visit at " + local
					+ " overlaps a time the customer marked busy (" + period.from() + " to " + period.to() + ")");
		});
		return new Proposal(at, withinDueDate, day.estimate(), windows.understood());
	}

	private static String describe(ContactWindows windows) {
		return windows.text() == null || windows.text().isBlank() ? "none given: visiting hours on working days"
				: windows.text();
	}

}
