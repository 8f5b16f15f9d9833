package cn.aode.servicedesk.deadline.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.deadline.calendar.CalendarChange;
import cn.aode.servicedesk.deadline.calendar.CalendarService;
import cn.aode.servicedesk.deadline.calendar.DayKind;
import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.EventRecords;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Deadline clocks on real PostgreSQL and Kafka, driven by a clock the test moves. */
@SpringBootTest(
		properties = { "servicedesk.deadlines.scan-interval=PT1H", "servicedesk.deadlines.escalation-delay=PT2H" })
@EmbeddedInfra
class DeadlineClockIntegrationTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** Thursday 2025-11-13, 10:00 in Shanghai. */
	private static final Instant THURSDAY_10 = at("2025-11-13T10:00");

	@Autowired
	DeadlineClockService clocks;

	@Autowired
	DeadlineScanner scanner;

	@Autowired
	CalendarService calendar;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void thursdayMorning() {
		clock.set(THURSDAY_10);
	}

	@Test
	@DisplayName("DL-3: a matter with no time limit gets 3 working days and a written reply")
	void noLimitMeansThreeWorkingDaysWithWrittenReply() {
		DeadlineClock started = clocks.start(request(null, "staff-dl3"));

		assertThat(started.policy()).hasToString("P3WD");
		assertThat(started.source()).as("the DL-2 source is kept").isEqualTo(DeadlineSource.SERVICE_RULE);
		assertThat(started.writtenReplyRequired()).isTrue();
		assertThat(started.dueAt()).isEqualTo(at("2025-11-18T18:00"));
	}

	@Test
	@DisplayName("DL-1, DL-4, DL-5, DL-6: warn at 75%, breach at due, escalate level by level, record the violation")
	void warnsBreachesAndEscalates() {
		DeadlineClock started = clocks.start(request("P1WD", "staff-late"));
		assertThat(started.dueAt()).isEqualTo(at("2025-11-14T18:00"));

		clock.set(started.warnAt());
		scanner.scan();
		assertThat(clocks.get(started.id()).warned()).isTrue();

		clock.set(started.dueAt());
		scanner.scan();
		DeadlineClock breached = clocks.get(started.id());
		assertThat(breached.status()).isEqualTo(ClockStatus.BREACHED);
		assertThat(breached.escalationLevel()).isEqualTo(EscalationLevel.RESPONSIBLE_STAFF);
		assertThat(violations("staff-late")).containsExactly("OVERDUE_WITHOUT_REASON/CRITICISM");

		clock.advance(Duration.ofHours(2));
		scanner.scan();
		assertThat(clocks.get(started.id()).escalationLevel()).isEqualTo(EscalationLevel.DEPARTMENT_HEAD);
		clock.advance(Duration.ofHours(2));
		scanner.scan();
		assertThat(clocks.get(started.id()).escalationLevel()).isEqualTo(EscalationLevel.GENERAL_MANAGER);
		clock.advance(Duration.ofHours(2));
		assertThat(scanner.scan().escalated()).isZero();
	}

	@Test
	@DisplayName("DL-4: a progress report with a reason before the limit keeps an overdue matter from being a violation")
	void progressReportJustifiesTheDelay() {
		DeadlineClock started = clocks.start(request("P1WD", "staff-reported"));
		clocks.reportProgress(started.id(), null, "等待燃气表到货", "供货商延迟发货", "staff-reported");

		clock.set(started.dueAt());
		scanner.scan();

		assertThat(clocks.get(started.id()).status()).isEqualTo(ClockStatus.BREACHED);
		assertThat(violations("staff-reported")).isEmpty();
	}

	@Test
	@DisplayName("DL-1: paused time does not count; the due time moves by the working time paused")
	void pausedTimeDoesNotCount() {
		DeadlineClock started = clocks.start(request("PT4WH", "staff-pause"));
		assertThat(started.dueAt()).isEqualTo(at("2025-11-13T16:30"));

		clocks.pause(started.id(), null, "等待客户补充材料");
		clock.set(at("2025-11-14T10:00"));
		DeadlineClock resumed = clocks.resume(started.id(), null);

		// paused Thursday 10:00 to Friday 10:00 = 7 working hours
		assertThat(resumed.dueAt()).isEqualTo(at("2025-11-14T16:30"));
		assertThat(resumed.status()).isEqualTo(ClockStatus.RUNNING);
	}

	@Test
	@DisplayName("DL-5: completing after the limit, before any scan noticed, is still overdue without a reason")
	void lateCompletionBetweenScansIsStillAViolation() {
		DeadlineClock started = clocks.start(request("P1WD", "staff-quiet-late"));
		DeadlineClock other = clocks.start(request("P1WD", "staff-pause-late"));
		clock.set(started.dueAt().plusSeconds(10));

		clocks.satisfy(started.id(), null, true);

		assertThat(violations("staff-quiet-late")).containsExactly("OVERDUE_WITHOUT_REASON/CRITICISM");
		assertThatThrownBy(() -> clocks.pause(other.id(), null, "too late"))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("DL-1"));
	}

	@Test
	void extensionMovesTheDueTimeWithReasonAndApprover() {
		DeadlineClock started = clocks.start(request("P1WD", "staff-extend"));

		DeadlineClock extended = clocks.extend(started.id(), null, at("2025-11-20T18:00"), "需要市政审批", "manager-01");

		assertThat(extended.dueAt()).isEqualTo(at("2025-11-20T18:00"));
		assertThat(extended.extensionApprovedBy()).isEqualTo("manager-01");
		assertThatThrownBy(() -> clocks.extend(started.id(), null, at("2025-11-19T18:00"), "earlier", "manager-01"))
			.isInstanceOf(InvalidStateException.class);
	}

	@Test
	@DisplayName("DL-5, DL-6: a required written reply not given is a violation, and the second one is circulated")
	void resultNotToldIsAViolationAndConsequencesGrow() {
		DeadlineClock first = clocks.start(request(null, "staff-silent"));
		DeadlineClock second = clocks.start(request(null, "staff-silent"));

		clocks.satisfy(first.id(), null, false);
		clocks.satisfy(second.id(), null, false);

		assertThat(violations("staff-silent")).containsExactly("RESULT_NOT_TOLD/CRITICISM",
				"RESULT_NOT_TOLD/CIRCULATED_CRITICISM");
	}

	@Test
	@DisplayName("DL-1: amending the calendar recomputes the open clocks it affects and says how many moved")
	void calendarAmendmentMovesOpenClocks() {
		DeadlineClock started = clocks.start(request("P1WD", "staff-amend"));

		CalendarChange change = calendar.setDay(java.time.LocalDate.of(2025, 11, 14), DayKind.HOLIDAY, "临时调整",
				"测试：政府临时调整", "admin-01");

		assertThat(change.clocksMoved()).isGreaterThanOrEqualTo(1);
		assertThat(clocks.get(started.id()).dueAt()).isEqualTo(at("2025-11-17T18:00"));
		calendar.setDay(java.time.LocalDate.of(2025, 11, 14), DayKind.WORKDAY, null, "测试结束，恢复", "admin-01");
	}

	@Test
	@DisplayName("DL-1: an amendment committed by another instance is used by the next clock here")
	void amendmentsOfAnotherInstanceAreSeen() {
		calendar.current();
		// what another deadline-service instance's amendment leaves in the shared
		// database
		jdbc.sql("insert into calendar_day (day, off_day, name) values ('2025-11-14', true, '另一实例的调整')").update();
		jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1").update();

		DeadlineClock started = clocks.start(request("P1WD", "staff-other-instance"));

		assertThat(started.dueAt()).isEqualTo(at("2025-11-17T18:00"));
		jdbc.sql("delete from calendar_day where day = '2025-11-14'").update();
		jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1").update();
	}

	@Test
	@DisplayName("DL-1: two scanners at once never fire the same clock twice")
	void concurrentScansShareTheWork() throws Exception {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			ids.add(clocks.start(request("P1WD", "staff-concurrent")).id());
		}
		clock.set(at("2025-11-14T18:00"));
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			Callable<DeadlineScanner.ScanResult> scan = scanner::scan;
			List<Future<DeadlineScanner.ScanResult>> results = two.invokeAll(List.of(scan, scan));
			int breached = 0;
			for (Future<DeadlineScanner.ScanResult> result : results) {
				breached += result.get().breached();
			}
			assertThat(breached).isEqualTo(40);
		}
		finally {
			two.shutdown();
		}
		assertThat(violations("staff-concurrent")).hasSize(40);
	}

	@Test
	@DisplayName("DL-2: deadline.requested delivered twice starts one clock")
	void duplicateRequestStartsOneClock() {
		DeadlineRequested requested = new DeadlineRequested(UUID.randomUUID(), THURSDAY_10,
				new DeadlineSubject("appointment-service", UUID.randomUUID().toString(), "YY20251113-0001", "reply"),
				"答复预约申请", "P1WD", THURSDAY_10, "SERVICE_RULE", "staff-kafka", "客服中心", false);

		send(requested);
		send(requested);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(clocksOf(requested.subject().caseId())).isEqualTo(1));
		send(new DeadlineRequested(UUID.randomUUID(), THURSDAY_10,
				new DeadlineSubject("appointment-service", "marker", "YY20251113-0002", "reply"), "marker", "P1WD",
				THURSDAY_10, "SERVICE_RULE", "staff-kafka", "客服中心", false));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(clocksOf("marker")).isEqualTo(1));
		assertThat(clocksOf(requested.subject().caseId())).isEqualTo(1);
	}

	@Test
	@DisplayName("DL-1: the requesting service's deadline.satisfied stops the clock of that subject")
	void satisfiedOverKafkaStopsTheClock() {
		DeadlineClock started = clocks.start(request("P1WD", "staff-satisfied"));

		send(new DeadlineSatisfied(UUID.randomUUID(), THURSDAY_10, started.subject(), true));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(clocks.get(started.id()).status()).isEqualTo(ClockStatus.SATISFIED));
		assertThat(clocks.get(started.id()).resultTold()).isTrue();
	}

	private void send(IntegrationEvent event) {
		kafka.send(EventRecords.of(event, json)).join();
	}

	private int clocksOf(String caseId) {
		return jdbc.sql("select count(*) from deadline_clock where subject_case_id = ?")
			.param(caseId)
			.query(Integer.class)
			.single();
	}

	private List<String> violations(String staffId) {
		return jdbc.sql("select kind || '/' || consequence from deadline_violation where staff_id = ? order by id")
			.param(staffId)
			.query(String.class)
			.list();
	}

	private static ClockRequest request(String policy, String staffId) {
		return new ClockRequest(
				new DeadlineSubject("appointment-service", UUID.randomUUID().toString(), "YY20251113-0001", "reply"),
				"答复预约申请", policy, null, DeadlineSource.SERVICE_RULE, staffId, "客服中心", false, null);
	}

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
	}

	@TestConfiguration
	static class TestClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(THURSDAY_10);
		}

	}

}
