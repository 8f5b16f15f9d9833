package cn.aode.servicedesk.specialist.staff;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import cn.aode.servicedesk.platform.inbox.MalformedEventException;
import cn.aode.servicedesk.platform.TopicRecords;

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

	@BeforeEach
	void customerServiceCenter() {
		put("/api/v1/departments/CSC", "{\"name\":\"客服中心\"}");
		put("/api/v1/departments/MKT", "{\"name\":\"市场部\"}");
		put("/api/v1/staff/head-01", """
				{"name":"张主任","departmentId":"CSC","roles":["DEPARTMENT_HEAD"],"phone":"13900000001"}""");
		put("/api/v1/staff/staff-017", """
				{"name":"李娜","departmentId":"CSC","roles":["SPECIALIST"],"phone":"13900000017"}""");
		put("/api/v1/staff/mkt-02", """
				{"name":"王强","departmentId":"MKT","roles":["SPECIALIST"]}""");
		put("/api/v1/departments/CSC/head", "{\"staffId\":\"head-01\"}");
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
	@DisplayName("SPC-8: the department head records a disciplinary decision; nobody else may")
	void onlyTheHeadRecordsDecisions() {
		String decision = """
				{"kind":"PENALTY","rule":"SPC-8","consequence":"CIRCULATED_CRITICISM",
				 "detail":"服务态度差造成不良影响","caseRef":"TS20261127-0001","recordedBy":"%s"}""";

		assertThat(post("/api/v1/staff/staff-017/record", decision.formatted("head-01"))).hasStatus(HttpStatus.CREATED);
		assertThat(post("/api/v1/staff/staff-017/record", """
				{"kind":"COMMENDATION","rule":"SPC-7","detail":"年度表扬","recordedBy":"head-01"}"""))
			.as("SPC-7 commendations are the general manager's")
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(post("/api/v1/staff/staff-017/record", decision.formatted("mkt-02")))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("SPC-8");
	}

	@Test
	@DisplayName("X-2, DL-5: a deadline violation delivered twice lands once on the staff record")
	void violationLandsOnceOnTheRecord() {
		DeadlineViolationRecorded violation = new DeadlineViolationRecorded(UUID.randomUUID(), Instant.now(),
				UUID.randomUUID(), new DeadlineSubject("appointment-service", "case-1", "YY20261127-0001", "reply"),
				"staff-dup", "客服中心", "OVERDUE_WITHOUT_REASON", "CRITICISM", "超时且无正当理由：答复预约申请");

		send(violation);
		send(violation);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(mvc.get().uri("/api/v1/staff/staff-dup/record").exchange()).bodyJson()
				.extractingPath("$[0].consequence")
				.isEqualTo("CRITICISM"));
		send(new DeadlineViolationRecorded(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
				new DeadlineSubject("appointment-service", "case-2", "YY20261127-0002", "reply"), "staff-marker",
				"客服中心", "RESULT_NOT_TOLD", "CRITICISM", "marker"));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(mvc.get().uri("/api/v1/staff/staff-marker/record").exchange()).bodyJson()
				.extractingPath("$")
				.asArray()
				.hasSize(1));
		assertThat(mvc.get().uri("/api/v1/staff/staff-dup/record").exchange()).bodyJson()
			.extractingPath("$")
			.asArray()
			.hasSize(1);
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
		assertThat(
				awaitDeadLetter(Topics.STAFF_RECORD_REQUESTS, bonus).headers().lastHeader("kafka_dlt-exception-fqcn"))
			.isNotNull();
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

		for (StaffRecordEntryRequested malformed : List.of(overlongRule, undated)) {
			assertThat(processed("staff-record-area-reports", malformed)).isFalse();
			Header cause = awaitDeadLetter(Topics.STAFF_RECORD_REQUESTS, malformed).headers()
				.lastHeader("kafka_dlt-exception-cause-fqcn");
			assertThat(new String(cause.value(), StandardCharsets.UTF_8))
				.as("refused as malformed, not failed in the database after retries")
				.isEqualTo(MalformedEventException.class.getName());
		}
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

	private ConsumerRecord<String, String> awaitDeadLetter(String topic, IntegrationEvent event) {
		return TopicRecords.awaitFirst(SharedInfra.get().kafka().bootstrapServers(), Topics.deadLetterOf(topic),
				record -> event.eventId().toString().equals(TopicRecords.header(record, EventHeaders.ID)));
	}

	private void send(DeadlineViolationRecorded event) {
		kafka.send(EventRecords.of(event, json)).join();
	}

	/**
	 * All on one partition, so once the last record is processed every earlier one is.
	 */
	private void sendInOrder(IntegrationEvent event) {
		ProducerRecord<String, byte[]> record = EventRecords.of(event, json);
		kafka.send(new ProducerRecord<>(record.topic(), 0, record.key(), record.value(), record.headers())).join();
	}

	private MvcTestResult put(String uri, String body) {
		return mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	private MvcTestResult post(String uri, String body) {
		return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

}
