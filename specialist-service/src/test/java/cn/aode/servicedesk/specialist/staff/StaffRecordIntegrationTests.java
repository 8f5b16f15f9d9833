package cn.aode.servicedesk.specialist.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.EventHeaders;
import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.events.deadline.DeadlineViolationRecorded;
import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.platform.EventRecords;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.TopicRecords;
import cn.aode.servicedesk.platform.inbox.MalformedEventException;
import cn.aode.servicedesk.specialist.Organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Departments, staff and the staff record on real PostgreSQL and Kafka. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class StaffRecordIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	private JsonCalls calls;

	@BeforeEach
	void customerServiceCenter() {
		calls = new JsonCalls(mvc);
		new Organisation(mvc).department("CSC", "客服中心", "head-01", "张主任")
			.department("MKT", "市场部")
			.staff("staff-017", "李娜", "CSC", "SPECIALIST")
			.staff("mkt-02", "王强", "MKT", "SPECIALIST");
	}

	@Test
	@DisplayName("SPC-2: staff belong to an existing department, and a head is one of its staff")
	void departmentsHaveTheirOwnHeads() {
		assertThat(mvc.get().uri("/api/v1/staff/staff-017").exchange()).bodyJson()
			.extractingPath("$.roles[0].zh")
			.isEqualTo("服务专员");
		assertThat(put("/api/v1/staff/x-1", """
				{"name":"无部门","departmentId":"NOPE","roles":["SPECIALIST"]}"""))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("SPC-2");
		assertThat(put("/api/v1/departments/CSC/head", "{\"staffId\":\"mkt-02\"}"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(put("/api/v1/staff/head-01", """
				{"name":"张主任","departmentId":"MKT","roles":["DEPARTMENT_HEAD"]}""")).as("a head cannot leave unheaded")
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	@DisplayName("SPC-8, X-1: the department head records a disciplinary decision, kept with who recorded it and "
			+ "when; nobody else may")
	void onlyTheHeadRecordsDecisions() {
		String decision = """
				{"kind":"PENALTY","rule":"SPC-8","consequence":"CIRCULATED_CRITICISM",
				 "detail":"服务态度差造成不良影响","caseRef":"TS20261127-0001"}""";
		Instant before = Instant.now();

		assertThat(calls.as(TestTokens.staff("head-01")).post("/api/v1/staff/staff-017/record", decision))
			.hasStatus(HttpStatus.CREATED);
		MvcTestResult record = mvc.get().uri("/api/v1/staff/staff-017/record").exchange();
		assertThat(record).bodyJson().extractingPath("$").asArray().hasSize(1);
		assertThat(record).bodyJson().extractingPath("$[0].recordedBy").isEqualTo("head-01");
		assertThat(record).bodyJson().extractingPath("$[0].source.code").isEqualTo("DISCIPLINARY_DECISION");
		assertThat(record).bodyJson().extractingPath("$[0].detail").isEqualTo("服务态度差造成不良影响");
		assertThat(record).bodyJson()
			.extractingPath("$[0].recordedAt")
			.satisfies(at -> assertThat(Instant.parse((String) at)).isBetween(before, Instant.now()));
		assertThat(calls.as(TestTokens.staff("head-01")).post("/api/v1/staff/staff-017/record", """
				{"kind":"COMMENDATION","rule":"SPC-7","detail":"年度表扬"}"""))
			.as("SPC-7 commendations are the general manager's")
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(calls.as(TestTokens.staff("mkt-02")).post("/api/v1/staff/staff-017/record", decision))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("SPC-8");
	}

	@Test
	@DisplayName("X-2, DL-5, X-1: a deadline violation delivered twice lands once on the staff record, recorded by "
			+ "deadline-service when it happened")
	void violationLandsOnceOnTheRecord() {
		DeadlineViolationRecorded violation = violation("staff-dup", "case-1", "OVERDUE_WITHOUT_REASON", "CRITICISM");
		DeadlineViolationRecorded marker = violation("staff-marker", "case-2", "RESULT_NOT_TOLD", "CRITICISM");

		sendInOrder(violation);
		sendInOrder(violation);
		sendInOrder(marker);
		await().atMost(Duration.ofSeconds(30)).until(() -> processed("staff-record-deadline-violations", marker));

		MvcTestResult record = mvc.get().uri("/api/v1/staff/staff-dup/record").exchange();
		assertThat(record).bodyJson().extractingPath("$").asArray().hasSize(1);
		assertThat(record).bodyJson().extractingPath("$[0].rule").isEqualTo("DL-5");
		assertThat(record).bodyJson().extractingPath("$[0].consequence").isEqualTo("CRITICISM");
		assertThat(record).bodyJson().extractingPath("$[0].recordedBy").isEqualTo("deadline-service");
		assertThat(record).bodyJson()
			.extractingPath("$[0].recordedAt")
			.satisfies(at -> assertThat(Instant.parse((String) at)).isEqualTo(violation.occurredAt()));
	}

	@Test
	@DisplayName("X-2: a complaint finding or a DL-6 consequence this service does not know is malformed: "
			+ "dead-lettered at once, never guessed, and nothing lands on the record")
	void unknownCodesInEventsGoStraightToTheDeadLetterTopic() {
		ComplaintResolved unknownFinding = resolved("TS20261127-0021", "STAFF_PARTLY_AT_FAULT", "staff-coded");
		ComplaintResolved complaintMarker = resolved("TS20261127-0022", "COMPANY_RESPONSIBLE", null);
		DeadlineViolationRecorded unknownConsequence = violation("staff-coded", "case-3", "OVERDUE_WITHOUT_REASON",
				"DEMOTION");
		DeadlineViolationRecorded violationMarker = violation("staff-coded-next", "case-4", "RESULT_NOT_TOLD",
				"WARNING");

		sendInOrder(unknownFinding);
		sendInOrder(complaintMarker);
		sendInOrder(unknownConsequence);
		sendInOrder(violationMarker);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> processed("staff-record-upheld-complaints", complaintMarker)
					&& processed("staff-record-deadline-violations", violationMarker));

		assertThat(processed("staff-record-upheld-complaints", unknownFinding)).isFalse();
		assertThat(processed("staff-record-deadline-violations", unknownConsequence)).isFalse();
		assertThat(deadLetterCause(Topics.COMPLAINT_EVENTS, unknownFinding))
			.isEqualTo(MalformedEventException.class.getName());
		assertThat(deadLetterCause(Topics.DEADLINE_EVENTS, unknownConsequence))
			.isEqualTo(MalformedEventException.class.getName());
		assertThat(jdbc.sql("select count(*) from staff_record_entry where staff_id = ?")
			.param("staff-coded")
			.query(Long.class)
			.single()).isZero();
		assertThat(mvc.get().uri("/api/v1/staff/staff-coded-next/record").exchange()).bodyJson()
			.extractingPath("$[*].consequence")
			.asArray()
			.containsExactly("WARNING");
	}

	@Test
	@DisplayName("X-2, CMP-5, APT-13: an upheld complaint delivered twice lands once on the staff member's record; "
			+ "CMP-6: one the company is not responsible for lands nothing")
	void upheldComplaintLandsOnceOnTheRecord() {
		ComplaintResolved upheld = resolved("TS20261127-0011", "STAFF_AT_FAULT", "staff-rude");
		ComplaintResolved explained = resolved("TS20261127-0012", "NOT_COMPANY_RESPONSIBLE", null);

		sendInOrder(upheld);
		sendInOrder(upheld);
		sendInOrder(explained);
		await().atMost(Duration.ofSeconds(30)).until(() -> processed("staff-record-upheld-complaints", explained));

		MvcTestResult record = mvc.get().uri("/api/v1/staff/staff-rude/record").exchange();
		assertThat(record).bodyJson().extractingPath("$").asArray().hasSize(1);
		assertThat(record).bodyJson().extractingPath("$[0].kind.code").isEqualTo("PENALTY");
		assertThat(record).bodyJson().extractingPath("$[0].rule").isEqualTo("CMP-5");
		assertThat(record).bodyJson().extractingPath("$[0].source.code").isEqualTo("UPHELD_COMPLAINT");
		assertThat(record).bodyJson().extractingPath("$[0].detail").isEqualTo("投诉属实（CMP-5）：TS20261127-0011");
		assertThat(jdbc.sql("select count(*) from staff_record_entry where case_ref = ?")
			.param("TS20261127-0012")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@DisplayName("APT-13, APT-12, CMP-5: a verified complaint about an appointment lands on the staff member's "
			+ "record under the complaint's number, its detail naming the appointment's number")
	void upheldComplaintAboutAnAppointmentNamesIt() {
		ComplaintResolved upheld = new ComplaintResolved(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
				"TS20261127-0013", "CRM-100234", "王丽", "13812345678", "office-01", "已向客户致歉", "STAFF_AT_FAULT",
				"staff-late-visit", UUID.randomUUID(), "YY20261127-0003");

		sendInOrder(upheld);
		await().atMost(Duration.ofSeconds(30)).until(() -> processed("staff-record-upheld-complaints", upheld));

		MvcTestResult record = mvc.get().uri("/api/v1/staff/staff-late-visit/record").exchange();
		assertThat(record).bodyJson().extractingPath("$").asArray().hasSize(1);
		assertThat(record).bodyJson().extractingPath("$[0].rule").isEqualTo("CMP-5");
		assertThat(record).bodyJson().extractingPath("$[0].caseRef").isEqualTo("TS20261127-0013");
		assertThat(record).bodyJson()
			.extractingPath("$[0].detail")
			.isEqualTo("投诉属实（CMP-5）：TS20261127-0013，涉及预约 YY20261127-0003");
	}

	@Test
	@DisplayName("X-2: a repeat-trip penalty and an exam commendation reported by policy areas land once each "
			+ "even when delivered twice; a malformed report lands nothing and does not hold up the next")
	void areaReportsLandOnceOnTheRecord() {
		StaffRecordEntryRequested repeatTrip = new StaffRecordEntryRequested(UUID.randomUUID(),
				Instant.now().minusSeconds(60), "staff-area", "PENALTY", "NTC-7", "notice-service", "GZ20261127-0001",
				"ECONOMIC_PENALTY", "一次性告知不完整，客户往返两次（NTC-7）");
		StaffRecordEntryRequested bonus = new StaffRecordEntryRequested(UUID.randomUUID(), Instant.now(), "staff-area",
				"BONUS", "AST-9", "assist-service", "PX202611", null, "月度考试奖励");
		StaffRecordEntryRequested exam = new StaffRecordEntryRequested(UUID.randomUUID(), Instant.now(), "staff-area",
				"COMMENDATION", "AST-9", "assist-service", "PX202611", null, "11月帮办业务考试成绩优秀（98分）");

		sendInOrder(repeatTrip);
		sendInOrder(repeatTrip);
		sendInOrder(bonus);
		sendInOrder(exam);
		sendInOrder(exam);
		await().atMost(Duration.ofSeconds(30)).until(() -> processed("staff-record-area-reports", exam));

		MvcTestResult record = mvc.get().uri("/api/v1/staff/staff-area/record").exchange();
		assertThat(record).bodyJson().extractingPath("$").asArray().hasSize(2);
		assertThat(record).bodyJson().extractingPath("$[0].kind.code").isEqualTo("PENALTY");
		assertThat(record).bodyJson().extractingPath("$[0].rule").isEqualTo("NTC-7");
		assertThat(record).bodyJson().extractingPath("$[0].consequence").isEqualTo("ECONOMIC_PENALTY");
		assertThat(record).bodyJson().extractingPath("$[0].source.code").isEqualTo("AREA_REPORT");
		assertThat(record).bodyJson().extractingPath("$[0].caseRef").isEqualTo("GZ20261127-0001");
		assertThat(record).bodyJson().extractingPath("$[0].recordedBy").isEqualTo("notice-service");
		assertThat(record).bodyJson().extractingPath("$[1].kind.code").isEqualTo("COMMENDATION");
		assertThat(record).bodyJson().extractingPath("$[1].rule").isEqualTo("AST-9");
		assertThat(record).bodyJson().extractingPath("$[1].detail").isEqualTo("11月帮办业务考试成绩优秀（98分）");
		assertThat(processed("staff-record-area-reports", bonus)).as("a malformed report is not marked processed")
			.isFalse();
		assertThat(deadLetterCause(Topics.STAFF_RECORD_REQUESTS, bonus)).as("an unknown kind is malformed, not guessed")
			.isEqualTo(MalformedEventException.class.getName());
	}

	@Test
	@DisplayName("X-2: an area report that does not fit the staff record (a rule over 16 characters) or says not "
			+ "when it happened goes to the dead-letter topic at once, unretried, and lands nothing")
	void areaReportThatCannotBeRecordedGoesStraightToTheDeadLetterTopic() {
		StaffRecordEntryRequested overlongRule = new StaffRecordEntryRequested(UUID.randomUUID(), Instant.now(),
				"staff-unfit", "PENALTY", "NTC-7-REPEAT-TRIP", "notice-service", "GZ20261127-0002", null,
				"一次性告知不完整，客户往返两次");
		StaffRecordEntryRequested undated = new StaffRecordEntryRequested(UUID.randomUUID(), null, "staff-unfit",
				"PENALTY", "NTC-7", "notice-service", "GZ20261127-0003", null, "一次性告知不完整，客户往返两次");
		StaffRecordEntryRequested next = new StaffRecordEntryRequested(UUID.randomUUID(), Instant.now(),
				"staff-unfit-next", "COMMENDATION", "AST-9", "assist-service", "PX202611", null, "月度考试成绩优秀");

		sendInOrder(overlongRule);
		sendInOrder(undated);
		sendInOrder(next);
		await().atMost(Duration.ofSeconds(30)).until(() -> processed("staff-record-area-reports", next));

		assertThat(processed("staff-record-area-reports", overlongRule)).isFalse();
		assertThat(processed("staff-record-area-reports", undated)).isFalse();
		assertThat(deadLetterCauses(Topics.STAFF_RECORD_REQUESTS, overlongRule, undated))
			.as("refused as malformed, not failed in the database after retries")
			.containsOnly(MalformedEventException.class.getName());
		assertThat(jdbc.sql("select count(*) from staff_record_entry where staff_id = ?")
			.param("staff-unfit")
			.query(Long.class)
			.single()).isZero();
	}

	private static ComplaintResolved resolved(String number, String finding, String staffAtFault) {
		return new ComplaintResolved(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), number, "CRM-100234", "王丽",
				"13812345678", "head-01", "已处理并向客户反馈", finding, staffAtFault);
	}

	private boolean processed(String consumer, IntegrationEvent event) {
		return jdbc.sql("select count(*) from processed_event where consumer = ? and event_id = ?")
			.params(consumer, event.eventId())
			.query(Long.class)
			.single() == 1;
	}

	/**
	 * What made each event's dead letter malformed or failed, in the order of the events,
	 * read in one pass: exactly one dead letter per event, a second one fails the test.
	 */
	private List<String> deadLetterCauses(String topic, IntegrationEvent... events) {
		List<String> ids = Arrays.stream(events).map(event -> event.eventId().toString()).toList();
		List<ConsumerRecord<String, String>> letters = TopicRecords.awaitRecords(
				SharedInfra.get().kafka().bootstrapServers(), Topics.deadLetterOf(topic), events.length,
				record -> ids.contains(TopicRecords.header(record, EventHeaders.ID)));
		assertThat(letters).extracting(record -> TopicRecords.header(record, EventHeaders.ID))
			.as("one dead letter per event")
			.containsExactlyInAnyOrderElementsOf(ids);
		return ids.stream()
			.map(id -> letters.stream()
				.filter(record -> id.equals(TopicRecords.header(record, EventHeaders.ID)))
				.findFirst()
				.map(record -> TopicRecords.header(record, "kafka_dlt-exception-cause-fqcn"))
				.orElseThrow())
			.toList();
	}

	private String deadLetterCause(String topic, IntegrationEvent event) {
		return deadLetterCauses(topic, event).get(0);
	}

	private static DeadlineViolationRecorded violation(String staffId, String caseId, String kind, String consequence) {
		return new DeadlineViolationRecorded(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS),
				UUID.randomUUID(), new DeadlineSubject("appointment-service", caseId, "YY20261127-0001", "reply"),
				staffId, "客服中心", kind, consequence, "超时且无正当理由：答复预约申请");
	}

	/**
	 * All on one partition, so once the last record is processed every earlier one is.
	 */
	private void sendInOrder(IntegrationEvent event) {
		kafka.send(EventRecords.inOrder(event, json)).join();
	}

	private MvcTestResult put(String uri, String body) {
		return calls.put(uri, body);
	}

	private MvcTestResult post(String uri, String body) {
		return calls.post(uri, body);
	}

}
