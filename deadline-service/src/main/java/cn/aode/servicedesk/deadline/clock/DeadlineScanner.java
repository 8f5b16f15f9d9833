package cn.aode.servicedesk.deadline.clock;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds clocks that must warn, breach or escalate. Each query reads only due rows through
 * a partial index, so its cost does not grow with clocks that are not due, and locks them
 * with {@code FOR UPDATE SKIP LOCKED}, so two instances never fire the same clock.
 */
@Component
public class DeadlineScanner {

	private static final Logger log = LoggerFactory.getLogger(DeadlineScanner.class);

	private final DeadlineClocks clocks;

	private final DeadlineClockService service;

	private final JdbcClient jdbc;

	private final DeadlineProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	DeadlineScanner(DeadlineClocks clocks, DeadlineClockService service, JdbcClient jdbc, DeadlineProperties properties,
			Clock clock, PlatformTransactionManager transactions) {
		this.clocks = clocks;
		this.service = service;
		this.jdbc = jdbc;
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
	 * One pass at the clock's current time, in one transaction (the row locks of SKIP
	 * LOCKED hold until it commits, also when the scheduler calls it).
	 */
	public ScanResult scan() {
		return transaction.execute(status -> scanAt(clock.instant()));
	}

	private ScanResult scanAt(Instant now) {
		List<UUID> toWarn = lockDue("status = 'RUNNING' and not warned and warn_at <= ?", "warn_at", now);
		for (DeadlineClock due : clocks.findAllById(toWarn)) {
			due.warn(now);
			clocks.save(due);
		}
		List<UUID> toBreach = lockDue("status = 'RUNNING' and due_at <= ?", "due_at", now);
		for (DeadlineClock due : clocks.findAllById(toBreach)) {
			ViolationKind violation = due.breach(now, properties.escalationDelay());
			if (violation != null) {
				service.recordViolation(due, violation);
			}
			clocks.save(due);
		}
		List<UUID> toEscalate = lockDue("status = 'BREACHED' and next_escalation_at <= ?", "next_escalation_at", now);
		for (DeadlineClock due : clocks.findAllById(toEscalate)) {
			due.escalate(now, properties.escalationDelay());
			clocks.save(due);
		}
		return new ScanResult(toWarn.size(), toBreach.size(), toEscalate.size());
	}

	private List<UUID> lockDue(String condition, String orderBy, Instant now) {
		return jdbc
			.sql("select id from deadline_clock where " + condition + " order by " + orderBy
					+ " limit ? for update skip locked")
			.params(Timestamp.from(now), properties.scanBatch())
			.query(UUID.class)
			.list();
	}

	/** How many clocks one scan moved. */
	public record ScanResult(int warned, int breached, int escalated) {

		public int total() {
			return warned + breached + escalated;
		}

	}

}
