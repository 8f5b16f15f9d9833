package cn.aode.servicedesk.deadline.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.platform.problem.InvalidStateException;

/**
 * Keeps the business calendar: seeds it from the official data shipped with the service,
 * lets administrators amend it (audited, X-1), and recomputes what depends on it.
 */
@Service
public class CalendarService {

	private static final Logger log = LoggerFactory.getLogger(CalendarService.class);

	private static final String SYSTEM = "system";

	/**
	 * How long a snapshot is trusted before the revision is read again (amendments on
	 * other instances).
	 */
	private static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(5);

	private final CalendarRepository repository;

	private final ObjectProvider<CalendarDependent> dependents;

	private final CalendarProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	/** A calendar and the revision it was loaded at. */
	private record Snapshot(BusinessCalendar calendar, long revision, long checkedAtNanos) {
	}

	CalendarService(CalendarRepository repository, ObjectProvider<CalendarDependent> dependents,
			CalendarProperties properties, JsonMapper json, Clock clock) {
		this.repository = repository;
		this.dependents = dependents;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The calendar as it stands, for answering questions: an amendment on another
	 * instance shows within seconds.
	 */
	public BusinessCalendar current() {
		Snapshot snapshot = current.get();
		if (snapshot == null || System.nanoTime() - snapshot.checkedAtNanos() > RECHECK_NANOS) {
			snapshot = refresh(repository.revision(false), snapshot);
		}
		return snapshot.calendar();
	}

	/**
	 * The calendar for changing a clock, in the caller's transaction: share-locks the
	 * revision, so an amendment waits for this transaction (and then recomputes the
	 * clock) instead of missing it.
	 */
	public BusinessCalendar currentForClockChange() {
		return refresh(repository.revision(true), current.get()).calendar();
	}

	private Snapshot refresh(long revision, Snapshot known) {
		if (known != null && known.revision() == revision) {
			Snapshot checked = new Snapshot(known.calendar(), revision, System.nanoTime());
			current.set(checked);
			return checked;
		}
		Snapshot loaded = new Snapshot(load(), revision, System.nanoTime());
		current.set(loaded);
		return loaded;
	}

	public WorkingHours workingHours() {
		return properties.toWorkingHours();
	}

	/**
	 * Imports every year shipped in {@code holiday-cn/} that the database does not know
	 * yet.
	 */
	@Transactional
	public void seedFromOfficialData() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:holiday-cn/*.json");
			for (Resource file : files) {
				try (InputStream in = file.getInputStream()) {
					OfficialYear year = json.readValue(in, OfficialYear.class);
					List<OfficialDay> days = year.officialDays();
					boolean newlyAnnounced = !days.isEmpty() && !repository.announcedYears().contains(year.year());
					if (!repository.hasYear(year.year()) || newlyAnnounced) {
						repository.saveYear(year.year(), !days.isEmpty(), String.join(" ", year.papers()),
								clock.instant());
						repository.replaceDaysOfYear(year.year(), days);
						repository.nextRevision();
						repository.audit(clock.instant(), SYSTEM, "Imported from " + file.getFilename(),
								CalendarChangeKind.SEEDED, year.year(), null, null, null, 0);
						log.info("Business calendar {}: {}", year.year(),
								days.isEmpty() ? "not announced" : days.size() + " official days");
					}
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read the official holiday data", ex);
		}
		reloadAfterCommit();
	}

	/**
	 * Publishes (or replaces) a year's official arrangement, e.g. when the State Council
	 * announces next year's holidays or revises a year already published. A day outside
	 * the year is a bad value (400).
	 */
	@Transactional
	public CalendarChange announceYear(int year, List<OfficialDay> days, String source, String reason,
			String changedBy) {
		for (OfficialDay day : days) {
			if (day.date().getYear() != year) {
				throw new IllegalArgumentException(day.date() + " is not in " + year);
			}
		}
		repository.saveYear(year, true, source, clock.instant());
		repository.replaceDaysOfYear(year, days);
		return audited(CalendarChangeKind.YEAR_ANNOUNCED, year, null, null, reason, changedBy);
	}

	/**
	 * Makes one day a holiday, a make-up working day, or (with {@code kind} WORKDAY or
	 * WEEKEND) an ordinary day again. Only announced years can be amended day by day (409
	 * otherwise); WORKDAY or WEEKEND must be what the day is in an ordinary week (400
	 * otherwise). Neither is a policy rule.
	 */
	@Transactional
	public CalendarChange setDay(LocalDate date, DayKind kind, String name, String reason, String changedBy) {
		int year = date.getYear();
		if (!current().isAnnounced(year)) {
			throw new InvalidStateException("Announce " + year + " before amending its days");
		}
		DayKind before = current().kindOf(date);
		switch (kind) {
			case HOLIDAY -> repository.saveDay(new OfficialDay(date, true, name == null ? "" : name));
			case MAKEUP_WORKDAY -> repository.saveDay(new OfficialDay(date, false, name == null ? "" : name));
			case WORKDAY, WEEKEND -> {
				if (kind != ordinaryKind(date)) {
					throw new IllegalArgumentException(date + " is a " + ordinaryKind(date).en().toLowerCase()
							+ " in an ordinary week; mark it HOLIDAY or MAKEUP_WORKDAY instead of " + kind);
				}
				repository.deleteDay(date);
			}
		}
		return audited(CalendarChangeKind.DAY_SET, year, date, before, reason, changedBy);
	}

	private static DayKind ordinaryKind(LocalDate date) {
		return switch (date.getDayOfWeek()) {
			case SATURDAY, SUNDAY -> DayKind.WEEKEND;
			default -> DayKind.WORKDAY;
		};
	}

	/** The audit trail of a year. */
	@Transactional(readOnly = true)
	public List<CalendarChange> changes(int year) {
		return repository.changes(year);
	}

	private CalendarChange audited(CalendarChangeKind kind, int year, LocalDate day, DayKind before, String reason,
			String changedBy) {
		repository.nextRevision();
		BusinessCalendar updated = load();
		DayKind after = day == null ? null : updated.kindOf(day);
		int moved = dependents.orderedStream().mapToInt(dependent -> dependent.calendarAmended(updated, year)).sum();
		long id = repository.audit(clock.instant(), changedBy, reason, kind, year, day, before, after, moved);
		reloadAfterCommit();
		return new CalendarChange(id, clock.instant(), changedBy, reason, kind, year, day, before, after, moved);
	}

	private BusinessCalendar load() {
		return new BusinessCalendar(repository.announcedYears(), repository.officialDays(),
				properties.fallbackToOrdinaryWeeks());
	}

	private void reloadAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					current.set(null);
				}
			});
		}
		else {
			current.set(null);
		}
	}

	/** One file of the official data. */
	record OfficialYear(int year, List<String> papers, List<Day> days) {

		List<OfficialDay> officialDays() {
			return days == null ? List.of()
					: days.stream()
						.map(day -> new OfficialDay(LocalDate.parse(day.date()), day.isOffDay(), day.name()))
						.toList();
		}

		record Day(String name, String date, boolean isOffDay) {
		}

	}

}
