package cn.aode.servicedesk.assist.rota;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.assist.helper.Helper;
import cn.aode.servicedesk.assist.helper.HelperKind;
import cn.aode.servicedesk.assist.helper.HelperService;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/**
 * The help desk's rota: puts helpers on duty — never more than the configured window
 * helpers in one shift (AST-3), checked under a lock of that shift so two schedulers
 * cannot both add the last one —, records substitutes for absent helpers (AST-3),
 * check-ins (AST-4) and off-duty study days (AST-9), and finds the shifts with too few
 * helpers present.
 */
@Service
public class Rota {

	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private final Duties duties;

	private final HelperService helpers;

	private final JdbcClient jdbc;

	private final RotaSettings settings;

	private final Clock clock;

	Rota(Duties duties, HelperService helpers, JdbcClient jdbc, RotaSettings settings, Clock clock) {
		this.duties = duties;
		this.helpers = helpers;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * AST-3: a helper on duty in a shift, unless the shift already has its window
	 * helpers.
	 */
	@Transactional
	public Duty assign(LocalDate day, Shift shift, String staffId, String assignedBy) {
		Helper helper = helpers.get(staffId);
		lock(day, shift);
		if (duties.findByDayAndShift(day, shift).stream().anyMatch(duty -> duty.staffId().equals(staffId))) {
			throw new InvalidStateException(staffId + " is already on the rota of " + day + " " + shift);
		}
		if (helper.kind() == HelperKind.WINDOW) {
			long window = windowHelpersPresent(day, shift);
			if (window >= settings.maxPerShift()) {
				throw new RuleViolationException("AST-3",
						"The " + shift + " shift of " + day + " already has " + window
								+ " window helpers on duty; one or two are on duty in rotation (at most "
								+ settings.maxPerShift() + ")");
			}
		}
		return saveNew(Duty.onDuty(day, shift, staffId, null, assignedBy, clock.instant()));
	}

	/**
	 * AST-3: a helper is away (a trip, a meeting); {@code substituteStaffId} stands in
	 * for that duty.
	 * @param expectedVersion the absent helper's duty's version the caller saw
	 * ({@code If-Match}), or null
	 */
	@Transactional
	public Duty substitute(UUID dutyId, Long expectedVersion, String substituteStaffId, AbsenceReason reason,
			String note, String by) {
		Duty absent = get(dutyId);
		StaleVersionException.requireCurrent("Duty", dutyId, expectedVersion, absent.version());
		helpers.get(substituteStaffId);
		if (substituteStaffId.equals(absent.staffId())) {
			throw new IllegalArgumentException("A helper does not stand in for themselves");
		}
		absent.away(reason, note, by);
		duties.save(absent);
		return saveNew(Duty.onDuty(absent.day(), absent.shift(), substituteStaffId, absent.id(), by, clock.instant()));
	}

	/**
	 * AST-4: the helper checks in to their duty.
	 * @param expectedVersion the version the caller saw ({@code If-Match}), or null
	 */
	@Transactional
	public Duty checkIn(UUID dutyId, Long expectedVersion, String caller) {
		Duty duty = get(dutyId);
		StaleVersionException.requireCurrent("Duty", dutyId, expectedVersion, duty.version());
		Instant start = duty.day().atTime(settings.start(duty.shift())).atZone(CaseNumbers.BUSINESS_ZONE).toInstant();
		duty.checkIn(caller, start, clock.instant());
		return duties.save(duty);
	}

	/**
	 * AST-9: a day of off-duty study: the helper's duties of that day are marked away for
	 * study, and the day is on the rota as study.
	 */
	@Transactional
	public List<Duty> study(String staffId, LocalDate day, String note, String by) {
		helpers.get(staffId);
		Map<Shift, Duty> booked = duties.findByDayAndStaffId(day, staffId)
			.stream()
			.collect(Collectors.toMap(Duty::shift, duty -> duty));
		List<Duty> entries = new ArrayList<>();
		for (Shift shift : Shift.values()) {
			Duty duty = booked.get(shift);
			if (duty == null) {
				entries.add(duties.save(Duty.study(day, shift, staffId, by, clock.instant())));
			}
			else if (duty.kind() == DutyKind.ON_DUTY && duty.status() == DutyStatus.SCHEDULED) {
				duty.away(AbsenceReason.STUDY, note, by);
				entries.add(duties.save(duty));
			}
		}
		return entries;
	}

	/** A shift and the helpers present in it. */
	public record Coverage(LocalDate day, Shift shift, List<String> present) {
	}

	/**
	 * AST-3: the shifts from {@code from} to {@code to} with fewer helpers present than
	 * the minimum: every shift of Monday to Friday and of any other day with entries.
	 */
	@Transactional(readOnly = true)
	public List<Coverage> gaps(LocalDate from, LocalDate to) {
		requireRange(from, to);
		List<Duty> entries = duties.findByDayBetweenOrderByDayAscShiftAsc(from, to);
		Map<LocalDate, Map<Shift, List<String>>> present = entries.stream()
			.filter(Duty::present)
			.collect(Collectors.groupingBy(Duty::day,
					Collectors.groupingBy(Duty::shift, Collectors.mapping(Duty::staffId, Collectors.toList()))));
		Set<LocalDate> days = new TreeSet<>();
		from.datesUntil(to.plusDays(1)).filter(day -> WEEKDAYS.contains(day.getDayOfWeek())).forEach(days::add);
		entries.forEach(duty -> days.add(duty.day()));
		List<Coverage> gaps = new ArrayList<>();
		for (LocalDate day : days) {
			for (Shift shift : Shift.values()) {
				List<String> helpersPresent = present.getOrDefault(day, Map.of()).getOrDefault(shift, List.of());
				if (helpersPresent.size() < settings.minPerShift()) {
					gaps.add(new Coverage(day, shift, helpersPresent));
				}
			}
		}
		return gaps;
	}

	/** The rota's entries from one day to another, by day and shift. */
	@Transactional(readOnly = true)
	public Page<Duty> between(LocalDate from, LocalDate to, Pageable pageable) {
		requireRange(from, to);
		return duties.findByDayBetween(from, to, pageable);
	}

	private static void requireRange(LocalDate from, LocalDate to) {
		if (to.isBefore(from) || from.plusDays(92).isBefore(to)) {
			throw new IllegalArgumentException("A rota covers 1 to 93 days from " + from + "; to was " + to);
		}
	}

	@Transactional(readOnly = true)
	public Duty get(UUID dutyId) {
		return duties.findById(dutyId).orElseThrow(() -> new NotFoundException("Duty", dutyId));
	}

	private long windowHelpersPresent(LocalDate day, Shift shift) {
		return duties.findByDayAndShift(day, shift)
			.stream()
			.filter(Duty::present)
			.filter(duty -> helpers.get(duty.staffId()).kind() == HelperKind.WINDOW)
			.count();
	}

	private Duty saveNew(Duty duty) {
		try {
			return duties.save(duty);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidStateException(
					duty.staffId() + " is already on the rota of " + duty.day() + " " + duty.shift());
		}
	}

	/** Serialises changes of one shift's staffing across transactions and instances. */
	private void lock(LocalDate day, Shift shift) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
			.param("key", "duty/" + day + "/" + shift)
			.query((rs, row) -> 1)
			.single();
	}

}
