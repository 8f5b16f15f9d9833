package cn.aode.servicedesk.deadline.clock;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load harness, not part of the normal build: one million open clocks in PostgreSQL, then
 * scans that each find 1,000 due clocks. Prints the time of every scan and the query
 * plan. Run with
 * {@code ./mvnw -q -pl deadline-service test -Dload=true -Dtest=DeadlineScanLoadHarness
 * -Dsurefire.failIfNoSpecifiedTests=false}; see docs/measurements/deadline-scan.md.
 */
@EnabledIfSystemProperty(named = "load", matches = "true")
@SpringBootTest(properties = "servicedesk.deadlines.scan-interval=PT1H")
@EmbeddedInfra
class DeadlineScanLoadHarness {

	private static final int OPEN_CLOCKS = 1_000_000;

	private static final int DUE_PER_SCAN = 1_000;

	@Autowired
	DeadlineScanner scanner;

	@Autowired
	JdbcClient jdbc;

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

		for (int round = 1; round <= 5; round++) {
			makeDue("warn_at", round);
			long start = System.nanoTime();
			DeadlineScanner.ScanResult result = scanner.scan();
			long warnMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
			assertThat(result.warned()).isEqualTo(DUE_PER_SCAN);

			makeDue("due_at", round);
			start = System.nanoTime();
			result = scanner.scan();
			long breachMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
			assertThat(result.breached()).isEqualTo(DUE_PER_SCAN);
			System.out.printf("round %d: warning scan of %d clocks %d ms, breach scan of %d clocks %d ms%n", round,
					DUE_PER_SCAN, warnMillis, DUE_PER_SCAN, breachMillis);
		}
		List<String> plan = jdbc
			.sql("explain select id from deadline_clock where status = 'RUNNING' and due_at <= now()"
					+ " order by due_at limit 1000 for update skip locked")
			.query(String.class)
			.list();
		plan.forEach(System.out::println);
	}

	/** Moves 1,000 not-yet-touched clocks' warn or due time into the past. */
	private void makeDue(String column, int round) {
		jdbc.sql("update deadline_clock set " + column + " = now() - interval '1 minute'"
				+ " where id in (select id from deadline_clock where status = 'RUNNING' and not warned"
				+ " and subject_case_id like 'case-%' order by subject_case_id limit ?)")
			.param(DUE_PER_SCAN)
			.update();
	}

}
