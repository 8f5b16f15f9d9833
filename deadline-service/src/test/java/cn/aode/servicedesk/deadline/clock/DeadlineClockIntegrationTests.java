package cn.aode.servicedesk.deadline.clock;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.deadline.calendar.CalendarChange;
import cn.aode.servicedesk.deadline.calendar.CalendarService;
import cn.aode.servicedesk.deadline.calendar.DayKind;
import cn.aode.servicedesk.events.EventHeaders;
import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.deadline.DeadlineBreached;
import cn.aode.servicedesk.events.deadline.DeadlinePauseRequested;
import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineResumeRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.events.deadline.DeadlineViolationRecorded;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.platform.EventRecords;
import cn.aode.servicedesk.platform.MutableClock;
import cn.aode.servicedesk.platform.TopicRecords;
import cn.aode.servicedesk.platform.inbox.MalformedEventException;
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

	/** An ordinary Tuesday the amendment test makes a holiday. */
	private static final LocalDate AMENDED_DAY = LocalDate.of(2025, 12, 2);

	/** An ordinary Friday another instance makes a holiday. */
	private static final LocalDate OTHER_INSTANCE_DAY = LocalDate.of(2025, 11, 14);

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

	/**
	 * Takes back what the amendment tests made of their days through the calendar, so the
	 * open clocks they moved move back as well.
	 */
	@AfterEach
	void restoreTheOfficialCalendar() {
		for (LocalDate day : List.of(AMENDED_DAY, OTHER_INSTANCE_DAY)) {
			if (jdbc.sql("select count(*) from calendar_day where day = ?")
				.param(Date.valueOf(day))
				.query(Integer.class)
				.single() > 0) {
				calendar.setDay(day, DayKind.WORKDAY, null, "测试结束，恢复", "admin-01");
			}
		}
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
	@DisplayName("DL-1: a running clock warns at 75% of its time and breaches at its due time")
	void warnsAndBreaches() {
		DeadlineClock started = clocks.start(request("P1WD", "staff-late"));
		assertThat(started.dueAt()).isEqualTo(at("2025-11-14T18:00"));

		clock.set(started.warnAt());
		scanner.scan();
		assertThat(clocks.get(started.id()).warned()).isTrue();
		assertThat(clocks.get(started.id()).status()).isEqualTo(ClockStatus.RUNNING);

		clock.set(started.dueAt());
		scanner.scan();
		DeadlineClock breached = clocks.get(started.id());
		assertThat(breached.status()).isEqualTo(ClockStatus.BREACHED);
		assertThat(breached.breachedAt()).isEqualTo(started.dueAt());
	}

	@Test
	@DisplayName("DL-4: an overdue matter without a progress report goes up level by level, staff, head, general "
			+ "manager, and what the customer was told is kept with who told it and when")
	void overdueWithoutProgressReportIsEscalatedLevelByLevel() {
		DeadlineClock started = clocks.start(request("P1WD", "staff-escalated"));

		clock.set(started.dueAt());
		scanner.scan();
		assertThat(clocks.get(started.id()).escalationLevel()).isEqualTo(EscalationLevel.RESPONSIBLE_STAFF);
		clock.advance(Duration.ofHours(2));
		scanner.scan();
		assertThat(clocks.get(started.id()).escalationLevel()).isEqualTo(EscalationLevel.DEPARTMENT_HEAD);
		clock.advance(Duration.ofHours(2));
		scanner.scan();
		assertThat(clocks.get(started.id()).escalationLevel()).isEqualTo(EscalationLevel.GENERAL_MANAGER);
		assertThat(clocks.get(started.id()).nextEscalationAt()).as("the general manager is the last").isNull();
		clock.advance(Duration.ofHours(2));
		assertThat(scanner.scan().escalated()).isZero();

		assertThat(events(started, DeadlineBreached.TYPE, 3))
			.extracting(record -> body(record).get("escalationLevel").asInt() + "/"
					+ body(record).get("escalatedTo").asString())
			.containsExactlyInAnyOrder("1/RESPONSIBLE_STAFF", "2/DEPARTMENT_HEAD", "3/GENERAL_MANAGER");
		assertThat(violations("staff-escalated")).containsExactly("OVERDUE_WITHOUT_REASON/CRITICISM");

		clock.advance(Duration.ofMinutes(10));
		clocks.explainToCustomer(started.id(), "燃气表缺货，已电话告知客户预计下周二办结", "staff-escalated");
		assertThat(clocks.customerExplanations(started.id())).singleElement().satisfies(explanation -> {
			assertThat(explanation.explainedBy()).isEqualTo("staff-escalated");
			assertThat(explanation.explainedAt()).isEqualTo(clock.instant());
			assertThat(explanation.explanation()).isEqualTo("燃气表缺货，已电话告知客户预计下周二办结");
		});
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
	@DisplayName("DL-5: overdue without a reason, result not told and answer not as committed are each recorded "
			+ "against the responsible staff member and published")
	void everyViolationKindIsRecordedAndPublished() {
		DeadlineClock overdue = clocks.start(request("P1WD", "staff-dl5"));
		DeadlineClock silent = clocks.start(request(null, "staff-dl5"));
		DeadlineClock misanswered = clocks.start(request("P1WD", "staff-dl5"));

		clocks.satisfy(silent.id(), null, false);
		clocks.satisfy(misanswered.id(), null, true);
		DeadlineClock rejected = clocks.rejectAnswer(misanswered.id(), null, "答复的通气日期与承诺不符", "appointment-service");
		clock.set(overdue.dueAt());
		scanner.scan();

		assertThat(rejected.answerRejectedBy()).isEqualTo("appointment-service");
		assertThat(rejected.answerRejectionReason()).isEqualTo("答复的通气日期与承诺不符");
		assertThat(rejected.answerRejectedAt()).isEqualTo(THURSDAY_10);
		assertThat(violations("staff-dl5")).containsExactly("RESULT_NOT_TOLD/CRITICISM",
				"ANSWER_NOT_AS_COMMITTED/CIRCULATED_CRITICISM", "OVERDUE_WITHOUT_REASON/WARNING");
		assertThat(violationEvents("staff-dl5", 3)).containsExactlyInAnyOrder(
				silent.id() + " RESULT_NOT_TOLD/CRITICISM",
				misanswered.id() + " ANSWER_NOT_AS_COMMITTED/CIRCULATED_CRITICISM",
				overdue.id() + " OVERDUE_WITHOUT_REASON/WARNING");
	}

	@Test
	@DisplayName("DL-6: criticism, then circulated criticism, then a warning for every further violation, counted "
			+ "per staff member and per year")
	void consequencesGrowPerStaffMemberAndYear() {
		for (int i = 0; i < 4; i++) {
			clocks.satisfy(clocks.start(request(null, "staff-dl6")).id(), null, false);
		}
		clocks.satisfy(clocks.start(request(null, "staff-dl6-colleague")).id(), null, false);
		clock.set(at("2026-01-06T10:00"));
		clocks.satisfy(clocks.start(request(null, "staff-dl6")).id(), null, false);

		assertThat(violationsByYear("staff-dl6")).containsExactly("2025 RESULT_NOT_TOLD/CRITICISM",
				"2025 RESULT_NOT_TOLD/CIRCULATED_CRITICISM", "2025 RESULT_NOT_TOLD/WARNING",
				"2025 RESULT_NOT_TOLD/WARNING", "2026 RESULT_NOT_TOLD/CRITICISM");
		assertThat(violationsByYear("staff-dl6-colleague")).containsExactly("2025 RESULT_NOT_TOLD/CRITICISM");
	}

	@Test
	@DisplayName("DL-1: amending the calendar recomputes the open clocks it affects and says how many moved")
	void calendarAmendmentMovesOpenClocks() {
		clock.set(at("2025-12-01T10:00"));
		DeadlineClock started = clocks.start(request("P1WD", "staff-amend"));
		assertThat(started.dueAt()).isEqualTo(at("2025-12-02T18:00"));

		CalendarChange change = calendar.setDay(AMENDED_DAY, DayKind.HOLIDAY, "临时调整", "测试：政府临时调整", "admin-01");

		assertThat(change.clocksMoved()).as("no other open clock is due around that day").isEqualTo(1);
		assertThat(clocks.get(started.id()).dueAt()).isEqualTo(at("2025-12-03T18:00"));
	}

	@Test
	@DisplayName("DL-1: an amendment committed by another instance is used by the next clock here")
	void amendmentsOfAnotherInstanceAreSeen() {
		calendar.current();
		// what another deadline-service instance's amendment leaves in the shared
		// database
		jdbc.sql("insert into calendar_day (day, off_day, name) values (?, true, '另一实例的调整')")
			.param(Date.valueOf(OTHER_INSTANCE_DAY))
			.update();
		jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1").update();

		DeadlineClock started = clocks.start(request("P1WD", "staff-other-instance"));

		assertThat(started.dueAt()).isEqualTo(at("2025-11-17T18:00"));
	}

	@Test
	@DisplayName("DL-1: two scanners at once never fire the same clock twice")
	void concurrentScansShareTheWork() throws Exception {
		for (int i = 0; i < 40; i++) {
			clocks.start(request("P1WD", "staff-concurrent"));
		}
		clock.set(at("2025-11-14T18:00"));
		// clocks of other tests in this class may be due as well
		int due = jdbc.sql("select count(*) from deadline_clock where status = 'RUNNING' and due_at <= ?")
			.param(Timestamp.from(clock.instant()))
			.query(Integer.class)
			.single();
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			Callable<DeadlineScanner.ScanResult> scan = scanner::scan;
			List<Future<DeadlineScanner.ScanResult>> results = two.invokeAll(List.of(scan, scan));
			int breached = 0;
			for (Future<DeadlineScanner.ScanResult> result : results) {
				breached += result.get().breached();
			}
			assertThat(breached).as("each due clock breached once").isEqualTo(due);
		}
		finally {
			two.shutdown();
		}
		assertThat(violations("staff-concurrent")).hasSize(40)
			.containsOnly("OVERDUE_WITHOUT_REASON/CRITICISM", "OVERDUE_WITHOUT_REASON/CIRCULATED_CRITICISM",
					"OVERDUE_WITHOUT_REASON/WARNING");
		assertThat(jdbc
			.sql("select count(*) from deadline_clock where responsible_staff_id = 'staff-concurrent'"
					+ " and status = 'BREACHED'")
			.query(Integer.class)
			.single()).isEqualTo(40);
	}

	@Test
	@DisplayName("DL-2: deadline.requested delivered twice starts one clock")
	void duplicateRequestStartsOneClock() {
		DeadlineRequested requested = requested(UUID.randomUUID().toString(), "SERVICE_RULE");
		DeadlineRequested marker = requested("marker-" + UUID.randomUUID(), "SERVICE_RULE");

		sendInOrder(requested);
		sendInOrder(requested);
		sendInOrder(marker);

		await().atMost(Duration.ofSeconds(30)).until(() -> clocksOf(marker.subject().caseId()) == 1);
		assertThat(clocksOf(requested.subject().caseId())).isEqualTo(1);
	}

	@Test
	@DisplayName("DL-2: a deadline.requested with an unknown or missing source is dead-lettered at once, not "
			+ "started with a guessed source")
	void anUnknownSourceIsDeadLetteredNotGuessed() {
		DeadlineRequested unknown = requested(UUID.randomUUID().toString(), "RUMOUR");
		DeadlineRequested missing = requested(UUID.randomUUID().toString(), null);
		DeadlineRequested marker = requested("marker-" + UUID.randomUUID(), "MEETING_DECISION");

		sendInOrder(unknown);
		sendInOrder(missing);
		sendInOrder(marker);

		await().atMost(Duration.ofSeconds(30)).until(() -> clocksOf(marker.subject().caseId()) == 1);
		assertThat(jdbc.sql("select source from deadline_clock where subject_case_id = ?")
			.param(marker.subject().caseId())
			.query(String.class)
			.single()).isEqualTo("MEETING_DECISION");
		assertThat(clocksOf(unknown.subject().caseId())).isZero();
		assertThat(clocksOf(missing.subject().caseId())).isZero();
		List<String> malformed = List.of(unknown.eventId().toString(), missing.eventId().toString());
		assertThat(TopicRecords.awaitRecords(bootstrapServers(), Topics.deadLetterOf(Topics.DEADLINE_REQUESTS), 2,
				record -> malformed.contains(TopicRecords.header(record, EventHeaders.ID))))
			.extracting(record -> TopicRecords.header(record, "kafka_dlt-exception-cause-fqcn"))
			.as("each refused once as malformed, not retried")
			.containsExactly(MalformedEventException.class.getName(), MalformedEventException.class.getName());
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

	@Test
	@DisplayName("DL-1, AST-7: the requesting service's pause and resume requests pause its clock while an authority "
			+ "decides and resume it when it has; the due time moves by the working time paused")
	void pauseAndResumeOverKafka() {
		DeadlineClock started = clocks.start(request("PT4WH", "staff-kafka-pause"));
		clock.set(at("2025-11-14T10:00"));

		send(new DeadlinePauseRequested(UUID.randomUUID(), THURSDAY_10, started.subject(), "等待市政部门审批"));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(clocks.get(started.id()).status()).isEqualTo(ClockStatus.PAUSED));
		assertThat(clocks.get(started.id()).pauseReason()).isEqualTo("等待市政部门审批");
		send(new DeadlineResumeRequested(UUID.randomUUID(), at("2025-11-14T10:00"), started.subject()));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(clocks.get(started.id()).status()).isEqualTo(ClockStatus.RUNNING));
		assertThat(clocks.get(started.id()).dueAt()).as("paused Thursday 10:00 to Friday 10:00: 7 working hours")
			.isEqualTo(at("2025-11-14T16:30"));
	}

	@Test
	@DisplayName("DL-1: a resume that overtakes its pause is retried until the pause has arrived; a pause of a "
			+ "clock not requested yet is retried until its request has")
	void outOfOrderPauseAndResumeAreRetried() {
		DeadlineClock started = clocks.start(request("PT4WH", "staff-early-resume"));

		assertThatThrownBy(() -> clocks.resume(started.subject(), THURSDAY_10))
			.isInstanceOf(IllegalStateException.class);
		DeadlineRequested notYet = requested(UUID.randomUUID().toString(), "SERVICE_RULE");
		assertThatThrownBy(() -> clocks.pause(notYet.subject(), "等待审批", THURSDAY_10))
			.isInstanceOf(IllegalStateException.class);
		assertThat(clocks.pause(started.subject(), "等待审批", THURSDAY_10)).isTrue();
		assertThat(clocks.pause(started.subject(), "等待审批", THURSDAY_10)).as("already paused").isFalse();
	}

	@Test
	@DisplayName("DL-1: a deadline.satisfied that overtakes its deadline.requested is kept, and the clock starts "
			+ "satisfied at the time of the answer, with no violation")
	void satisfactionBeforeItsRequestIsKept() {
		DeadlineRequested requested = requested(UUID.randomUUID().toString(), "SERVICE_RULE");
		Instant answered = THURSDAY_10.plus(Duration.ofHours(2));
		clock.set(answered.plus(Duration.ofDays(3)));

		sendInOrder(new DeadlineSatisfied(UUID.randomUUID(), answered, requested.subject(), true));
		sendInOrder(requested);

		await().atMost(Duration.ofSeconds(30)).until(() -> clocksOf(requested.subject().caseId()) == 1);
		DeadlineClock started = clocks.get(jdbc.sql("select id from deadline_clock where subject_case_id = ?")
			.param(requested.subject().caseId())
			.query(UUID.class)
			.single());
		assertThat(started.status()).isEqualTo(ClockStatus.SATISFIED);
		assertThat(started.satisfiedAt()).as("the time of the answer, not of the news").isEqualTo(answered);
		assertThat(started.resultTold()).isTrue();
		assertThat(jdbc.sql("select count(*) from deadline_violation where clock_id = ?")
			.param(started.id())
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from deadline_early_satisfaction where subject_case_id = ?")
			.param(requested.subject().caseId())
			.query(Integer.class)
			.single()).as("taken by the clock").isZero();
	}

	@Test
	@DisplayName("DL-5: a satisfaction that arrives after the due time for an answer given in time is not a late "
			+ "completion")
	void aDelayedSatisfactionCountsFromTheAnswer() {
		DeadlineClock started = clocks.start(request("P1WD", "staff-delayed"));
		Instant answered = THURSDAY_10.plus(Duration.ofHours(1));
		clock.set(started.dueAt().plus(Duration.ofHours(1)));

		clocks.satisfy(started.subject(), true, answered);

		DeadlineClock satisfied = clocks.get(started.id());
		assertThat(satisfied.status()).isEqualTo(ClockStatus.SATISFIED);
		assertThat(satisfied.satisfiedAt()).isEqualTo(answered);
		assertThat(satisfied.breachedAt()).isNull();
		assertThat(jdbc.sql("select count(*) from deadline_violation where clock_id = ?")
			.param(started.id())
			.query(Integer.class)
			.single()).isZero();
	}

	private void send(IntegrationEvent event) {
		kafka.send(EventRecords.of(event, json)).join();
	}

	/** On one partition, so once the last one is processed every earlier one is. */
	private void sendInOrder(IntegrationEvent event) {
		kafka.send(EventRecords.inOrder(event, json)).join();
	}

	private static DeadlineRequested requested(String caseId, String source) {
		return new DeadlineRequested(UUID.randomUUID(), THURSDAY_10,
				new DeadlineSubject("appointment-service", caseId, "YY20251113-0001", "reply"), "答复预约申请", "P1WD",
				THURSDAY_10, source, "staff-kafka", "客服中心", false);
	}

	/**
	 * The events of this type about the clock on deadline-events, once {@code count} are
	 * there and the topic is read to its end.
	 */
	private List<ConsumerRecord<String, String>> events(DeadlineClock clock, String type, int count) {
		return TopicRecords.awaitRecords(bootstrapServers(), Topics.DEADLINE_EVENTS, count,
				TopicRecords.keyAndType(clock.id().toString(), type));
	}

	/**
	 * The violations published against a staff member, as
	 * {@code clockId kind/consequence}, once {@code count} are there and the topic is
	 * read to its end.
	 */
	private List<String> violationEvents(String staffId, int count) {
		return TopicRecords
			.awaitRecords(bootstrapServers(), Topics.DEADLINE_EVENTS, count,
					record -> DeadlineViolationRecorded.TYPE.equals(TopicRecords.header(record, EventHeaders.TYPE))
							&& staffId.equals(body(record).get("staffId").asString()))
			.stream()
			.map(record -> record.key() + " " + body(record).get("violation").asString() + "/"
					+ body(record).get("consequence").asString())
			.toList();
	}

	private JsonNode body(ConsumerRecord<String, String> record) {
		return json.readTree(record.value());
	}

	private static String bootstrapServers() {
		return SharedInfra.get().kafka().bootstrapServers();
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

	private List<String> violationsByYear(String staffId) {
		return jdbc.sql(
				"select year || ' ' || kind || '/' || consequence from deadline_violation where staff_id = ? order by id")
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
