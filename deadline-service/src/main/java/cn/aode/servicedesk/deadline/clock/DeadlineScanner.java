package cn.aode.servicedesk.deadline.clock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.aode.servicedesk.events.deadline.DeadlineBreached;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.events.deadline.DeadlineWarned;

/**
 * Warns, breaches and escalates due clocks (DL-1, DL-4), many at a time. Each step is one
 * {@code UPDATE} over the rows a partial index finds due, locked with
 * {@code FOR UPDATE SKIP
 * LOCKED} (two instances never fire the same clock), so a scan's cost grows with the
 * clocks that are due, not with all the clocks there are. Events go through the outbox
 * like every other.
 */
@Component
public class DeadlineScanner {

	private static final Logger log = LoggerFactory.getLogger(DeadlineScanner.class);

	private static final String RETURNING = " returning c.id, c.subject_service, c.subject_case_id,"
			+ " c.subject_case_number, c.purpose, c.title, c.due_at, c.responsible_staff_id, c.department,"
			+ " c.progress_reported, c.escalation_level";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final ViolationRecorder violations;

	private final DeadlineProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	DeadlineScanner(JdbcClient jdbc, ApplicationEventPublisher events, ViolationRecorder violations,
			DeadlineProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.violations = violations;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${servicedesk.deadlines.scan-interval:PT30S}")
	void scheduledScan() {
		ScanResult result = scan();
		if (result.total() > 0) {
			log.info("Deadline scan: {} warned, {} breached, {} escalated", result.warned(), result.breached(),
					result.escalated());
		}
	}

	/**
	 * One pass at the clock's current time, in one transaction (the row locks hold until
	 * it commits).
	 */
	public ScanResult scan() {
		return transaction.execute(status -> scanAt(clock.instant()));
	}

	private ScanResult scanAt(Instant now) {
		Timestamp at = Timestamp.from(now);
		Timestamp nextEscalation = Timestamp.from(now.plus(properties.escalationDelay()));

		List<DueClock> warned = update("set warned = true", "status = 'RUNNING' and not warned and warn_at <= ?",
				"warn_at", List.of(), at);
		warned.forEach(due -> events.publishEvent(new DeadlineWarned(UUID.randomUUID(), now, due.id(), due.subject(),
				due.dueAt(), due.staffId(), due.department())));

		// DL-4: the responsible staff member is told first
		List<DueClock> breached = update(
				"set status = 'BREACHED', breached_at = ?, escalation_level = 'RESPONSIBLE_STAFF', next_escalation_at = ?",
				"status = 'RUNNING' and due_at <= ?", "due_at", List.of(at, nextEscalation), at);
		List<ViolationRecorder.Violation> overdue = new ArrayList<>();
		for (DueClock due : breached) {
			events.publishEvent(breachEvent(due, now));
			if (!due.progressReported()) {
				overdue.add(new ViolationRecorder.Violation(due.id(), due.subject(), due.title(), due.staffId(),
						due.department(), ViolationKind.OVERDUE_WITHOUT_REASON));
			}
		}
		violations.record(overdue, now);

		// still overdue after the delay: the next level up is told; the general manager
		// is the last
		List<DueClock> escalated = update("""
				set escalation_level = case escalation_level when 'RESPONSIBLE_STAFF' then 'DEPARTMENT_HEAD'
				  else 'GENERAL_MANAGER' end,
				  next_escalation_at = case escalation_level when 'RESPONSIBLE_STAFF' then ?::timestamptz end""",
				"status = 'BREACHED' and next_escalation_at <= ?", "next_escalation_at", List.of(nextEscalation), at);
		escalated.forEach(due -> events.publishEvent(breachEvent(due, now)));
		return new ScanResult(warned.size(), breached.size(), escalated.size());
	}

	/**
	 * Applies {@code set} to at most one batch of the rows matching {@code due} (oldest
	 * first), skipping rows another scan holds, and returns them as updated.
	 */
	private List<DueClock> update(String set, String due, String orderBy, List<Object> setParams, Timestamp now) {
		List<Object> params = new ArrayList<>(setParams);
		params.add(now);
		params.add(properties.scanBatch());
		return jdbc
			.sql("update deadline_clock c " + set
					+ ", version = c.version + 1 from (select id from deadline_clock where " + due + " order by "
					+ orderBy + " limit ? for update skip locked) due where c.id = due.id" + RETURNING)
			.params(params)
			.query(DeadlineScanner::dueClock)
			.list();
	}

	private static DeadlineBreached breachEvent(DueClock due, Instant now) {
		EscalationLevel level = EscalationLevel.valueOf(due.escalationLevel());
		return new DeadlineBreached(UUID.randomUUID(), now, due.id(), due.subject(), due.dueAt(), due.staffId(),
				due.department(), level.ordinal() + 1, level.name());
	}

	private static DueClock dueClock(ResultSet rs, int row) throws SQLException {
		return new DueClock(rs.getObject("id", UUID.class),
				new DeadlineSubject(rs.getString("subject_service"), rs.getString("subject_case_id"),
						rs.getString("subject_case_number"), rs.getString("purpose")),
				rs.getString("title"), rs.getTimestamp("due_at").toInstant(), rs.getString("responsible_staff_id"),
				rs.getString("department"), rs.getBoolean("progress_reported"), rs.getString("escalation_level"));
	}

	/** A clock as one step of the scan left it. */
	private record DueClock(UUID id, DeadlineSubject subject, String title, Instant dueAt, String staffId,
			String department, boolean progressReported, String escalationLevel) {
	}

	/** How many clocks one scan moved. */
	public record ScanResult(int warned, int breached, int escalated) {

		public int total() {
			return warned + breached + escalated;
		}

	}

}
