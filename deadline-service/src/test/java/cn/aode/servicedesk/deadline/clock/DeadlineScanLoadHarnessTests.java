package cn.aode.servicedesk.deadline.clock;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Load harness, skipped by the normal build unless {@code -Dload=true}: one million open
 * clocks in PostgreSQL, then scans that each find 1,000 due clocks. Prints the time of
 * every scan and the query plan. Run with
 * {@code ./mvnw -q -pl deadline-service test -Dload=true -Dtest=DeadlineScanLoadHarnessTests
 * -Dsurefire.failIfNoSpecifiedTests=false}; see docs/measurements/deadline-scan.md.
 */
@EnabledIfSystemProperty(named = "load", matches = "true")
@SpringBootTest(properties = "servicedesk.deadlines.scan-interval=PT1H")
@EmbeddedInfra
class DeadlineScanLoadHarnessTests {

	private static final int OPEN_CLOCKS = 1_000_000;

	private static final int DUE_PER_SCAN = 1_000;

	/** Enough rounds to see the scans once the JIT has compiled them. */
	private static final int ROUNDS = 10;

	@Autowired
	DeadlineScanner scanner;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void scansOfAThousandDueClocksAmongAMillion() {
		long loading = System.nanoTime();
		jdbc.sql("""
				insert into deadline_clock (id, subject_service, subject_case_id, subject_case_number, purpose, title,
				  source, policy, starts_at, responsible_staff_id, department, written_reply_required, status, due_at,
				  warn_at, warned, paused_minutes, progress_reported, version)
				select gen_random_uuid(), 'appointment-service', 'case-' || n, 'YY-' || n, 'reply', 'load ' || n,
				  'SERVICE_RULE', 'P1WD', now(), 'staff-' || (n % 500), 'dept-' || (n % 20), false, 'RUNNING',
				  now() + interval '30 days' + (n || ' seconds')::interval,
				  now() + interval '20 days' + (n || ' seconds')::interval, false, 0, false, 0
				from generate_series(1, ?) as n""").param(OPEN_CLOCKS).update();
		jdbc.sql("analyze deadline_clock").update();
		System.out.printf("loaded %,d open clocks in %d s%n", OPEN_CLOCKS,
				Duration.ofNanos(System.nanoTime() - loading).toSeconds());

		for (int round = 1; round <= ROUNDS; round++) {
			awaitOutboxDrained();
			makeDue("warn_at = now() - interval '1 minute'");
			Phases warning = timed(() -> assertThat(scanner.scan().warned()).isEqualTo(DUE_PER_SCAN));
			awaitOutboxDrained();
			makeDue("due_at = now() - interval '1 minute'");
			Phases breach = timed(() -> assertThat(scanner.scan().breached()).isEqualTo(DUE_PER_SCAN));
			awaitOutboxDrained();
			makeDue("due_at = now() - interval '1 minute', progress_reported = true");
			Phases reported = timed(() -> assertThat(scanner.scan().breached()).isEqualTo(DUE_PER_SCAN));
			System.out.printf(
					"round %d: warning scan of %d clocks %s; breach scan of %d clocks %s;"
							+ " breach scan of %d clocks with progress reports (no violations) %s%n",
					round, DUE_PER_SCAN, warning, DUE_PER_SCAN, breach, DUE_PER_SCAN, reported);
		}
		List<String> plan = jdbc
			.sql("explain select id from deadline_clock where status = 'RUNNING' and due_at <= now()"
					+ " order by due_at limit 1000 for update skip locked")
			.query(String.class)
			.list();
		plan.forEach(System.out::println);
	}

	/**
	 * Runs a scan in a transaction of its own and splits its time: the statements,
	 * writing the outbox batch before commit, the commit, and the work after commit
	 * (handing the events to Kafka).
	 */
	private Phases timed(Runnable scan) {
		long[] marks = new long[5];
		marks[0] = System.nanoTime();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			scan.run();
			marks[1] = System.nanoTime();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCompletion() {
					marks[2] = System.nanoTime();
				}

				@Override
				public void afterCommit() {
					marks[3] = System.nanoTime();
				}
			});
		});
		marks[4] = System.nanoTime();
		return new Phases(millis(marks[0], marks[1]), millis(marks[1], marks[2]), millis(marks[2], marks[3]),
				millis(marks[3], marks[4]));
	}

	private static long millis(long from, long to) {
		return Duration.ofNanos(to - from).toMillis();
	}

	/** Where one scan's time went, in milliseconds. */
	private record Phases(long statements, long outbox, long commit, long afterCommit) {

		@Override
		public String toString() {
			return "%d ms (statements %d, outbox batch %d, commit %d, after commit %d)"
				.formatted(statements + outbox + commit + afterCommit, statements, outbox, commit, afterCommit);
		}

	}

	/**
	 * Waits until the previous scan's events are on Kafka, so a scan is not measured
	 * while the outbox still sends the last one's thousands of events on the same two
	 * cores.
	 */
	private void awaitOutboxDrained() {
		await().atMost(Duration.ofMinutes(2))
			.until(() -> jdbc.sql("select count(*) from event_publication").query(Long.class).single() == 0);
	}

	/** Applies {@code set} (a warn or due time in the past) to 1,000 untouched clocks. */
	private void makeDue(String set) {
		jdbc.sql("update deadline_clock set " + set
				+ " where id in (select id from deadline_clock where status = 'RUNNING' and not warned"
				+ " and subject_case_id like 'case-%' order by subject_case_id limit ?)")
			.param(DUE_PER_SCAN)
			.update();
	}

}
