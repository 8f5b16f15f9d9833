package cn.aode.servicedesk.deadline.clock;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.events.deadline.DeadlineViolationRecorded;

import cn.aode.servicedesk.platform.cases.CaseNumbers;

/**
 * Records DL-5 violations with their DL-6 consequence, which grows with the staff
 * member's violations in the year, and publishes them for the staff record. Works
 * on batches so a scan that breaches a thousand clocks does a handful of statements, not
 * thousands.
 */
@Component
class ViolationRecorder {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	ViolationRecorder(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** One violation to record. */
	record Violation(UUID clockId, DeadlineSubject subject, String title, String staffId, String department,
			ViolationKind kind) {
	}

	/** Records the violations in the caller's transaction. */
	void record(List<Violation> violations, Instant now) {
		if (violations.isEmpty()) {
			return;
		}
		int year = now.atZone(CaseNumbers.BUSINESS_ZONE).getYear();
		List<String> staff = violations.stream().map(Violation::staffId).distinct().sorted().toList();
		// one staff member's violations are counted by one transaction at a time, so
		// consequences grow exactly; all locks in one statement, in a fixed order (no
		// deadlocks)
		jdbc.queryForList(
				"select pg_advisory_xact_lock(hashtext(staff_id), ?)"
						+ " from (select staff_id from unnest(?::text[]) staff_id order by staff_id) ordered",
				year, staff.toArray(String[]::new));
		Map<String, Integer> counted = new HashMap<>();
		jdbc.query(
				"select staff_id, count(*) from deadline_violation where year = ? and staff_id = any(?) group by staff_id",
				rs -> {
					counted.put(rs.getString(1), rs.getInt(2));
				}, year, staff.toArray(String[]::new));
		List<Violation> ordered = violations.stream().sorted(Comparator.comparing(Violation::staffId)).toList();
		List<Object[]> rows = ordered.stream().map(violation -> {
			int number = counted.merge(violation.staffId(), 1, Integer::sum);
			Consequence consequence = Consequence.forViolationNumber(number);
			events.publishEvent(new DeadlineViolationRecorded(UUID.randomUUID(), now, violation.clockId(),
					violation.subject(), violation.staffId(), violation.department(), violation.kind().name(),
					consequence.name(), violation.kind().zh() + "：" + violation.title()));
			return new Object[] { violation.clockId(), violation.staffId(), violation.kind().name(), consequence.name(),
					Timestamp.from(now), year };
		}).toList();
		jdbc.batchUpdate("insert into deadline_violation (clock_id, staff_id, kind, consequence, recorded_at, year)"
				+ " values (?, ?, ?, ?, ?, ?)", rows);
	}

}
