package cn.aode.servicedesk.appointment.request.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.EventHeaders;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.customer.SpecialistAssigned;
import cn.aode.servicedesk.events.customer.SpecialistAssignmentEnded;
import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.platform.EventRecords;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.TopicRecords;
import cn.aode.servicedesk.platform.security.Role;

import static cn.aode.servicedesk.platform.JsonCalls.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The appointment request API on real PostgreSQL and Kafka: what it answers, and the
 * deadline events it sends for the one-working-day answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class AppointmentRequestApiIntegrationTests {

	private static final String HOME_VISIT = """
			{"kind":"HOME_VISIT","reason":"CANNOT_COME_IN_WORKING_HOURS","applicantType":"INDIVIDUAL",
			 "applicantName":"刘大爷","applicantPhone":"13900001111","customerId":"CRM-7","specialCare":true,
			 "channel":"PHONE","matter":"开通燃气","address":"科尔沁区建国路12号3-201"}""";

	@Autowired
	MockMvcTester mvc;

	private JsonCalls api;

	@BeforeEach
	void calls() {
		api = new JsonCalls(mvc);
	}

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("APT-4, APT-5: a request is received with its channel, numbered, and its answer clock requested")
	void receivingAnswersCreatedAndRequestsTheClock() {
		MvcTestResult result = api.post("/api/v1/appointments", HOME_VISIT);

		assertThat(result).hasStatus(HttpStatus.CREATED).hasHeader("ETag", "\"0\"");
		assertThat(result).bodyJson().extractingPath("$.number").asString().matches("YY\\d{8}-\\d{4}");
		assertThat(result).bodyJson()
			.extractingPath("$.status")
			.isEqualTo(Map.of("code", "RECEIVED", "zh", "已受理，待答复", "en", "Received, awaiting answer"));
		assertThat(result).bodyJson().extractingPath("$.channel.zh").isEqualTo("电话");
		assertThat(result).bodyJson().extractingPath("$.kind.zh").isEqualTo("上门服务");
		String id = JsonPath.read(body(result), "$.id");

		List<ConsumerRecord<String, String>> records = deadlineRecordsFor(id, 1);
		assertThat(records).singleElement().satisfies(record -> {
			assertThat(TopicRecords.header(record, EventHeaders.TYPE)).isEqualTo("deadline.requested");
			assertThat(JsonPath.<String>read(record.value(), "$.policy")).isEqualTo("P1WD");
			assertThat(JsonPath.<String>read(record.value(), "$.responsibleStaffId")).isEqualTo("clerk-1");
			assertThat(JsonPath.<String>read(record.value(), "$.title")).isEqualTo("答复上门服务申请：刘大爷");
		});
	}

	@ParameterizedTest(name = "{0}, special care {1}")
	@CsvSource({ "INDIVIDUAL, false, 个人, Individual", "ENTERPRISE, false, 企业, Enterprise",
			"GROUP, false, 同类业务较多的群体, Group with many similar procedures", "INDIVIDUAL, true, 个人, Individual" })
	@DisplayName("APT-3: every kind of applicant — enterprise, individual, a group with many similar procedures, "
			+ "special care — is recorded and shown with its label")
	void everyApplicantKindIsRecordedAndShown(String type, boolean specialCare, String zh, String en) {
		String applicant = HOME_VISIT.replace("\"applicantType\":\"INDIVIDUAL\"", "\"applicantType\":\"" + type + "\"")
			.replace("\"specialCare\":true", "\"specialCare\":" + specialCare);
		String location = api.post("/api/v1/appointments", applicant).getResponse().getHeader("Location");

		MvcTestResult shown = api.get(location);

		assertThat(shown).hasStatusOk()
			.bodyJson()
			.extractingPath("$.applicantType")
			.isEqualTo(Map.of("code", type, "zh", zh, "en", en));
		assertThat(shown).bodyJson().extractingPath("$.specialCare").isEqualTo(specialCare);
		assertThat(jdbc.sql("select applicant_type, special_care from appointment_request where id = ?")
			.param(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
			.query((rs, row) -> rs.getString(1) + "/" + rs.getBoolean(2))
			.single()).isEqualTo(type + "/" + specialCare);
	}

	@Test
	@DisplayName("APT-3: the queue shows special-care applicants first, then the oldest")
	void queueServesSpecialCareFirst() {
		String ordinary = HOME_VISIT.replace("\"specialCare\":true", "\"specialCare\":false")
			.replace("刘大爷", "普通客户" + UUID.randomUUID().toString().substring(0, 4))
			.replace("\"channel\"", "\"receivedAt\":\"" + Instant.now().minus(Duration.ofHours(3)) + "\",\"channel\"");
		api.post("/api/v1/appointments", ordinary);
		api.post("/api/v1/appointments", HOME_VISIT);

		MvcTestResult queue = mvc.get().uri("/api/v1/appointments?status=RECEIVED&size=200").exchange();

		assertThat(queue).hasStatusOk();
		List<Boolean> specialCare = JsonPath.read(body(queue), "$.items[*].specialCare");
		assertThat(specialCare).isSortedAccordingTo((a, b) -> Boolean.compare(b, a)).contains(true, false);
	}

	@Test
	@DisplayName("APT-6, APT-5: accepting fixes time, place and staff and stops the answer clock")
	void acceptingStopsTheClock() {
		String id = JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT)), "$.id");

		MvcTestResult accepted = mvc.post()
			.uri("/api/v1/appointments/" + id + "/acceptance")
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"agreedTime":"%s","staffId":"spc-01","note":"下午两点后"}"""
				.formatted(Instant.now().plus(Duration.ofDays(2))))
			.exchange();

		assertThat(accepted).hasStatusOk().hasHeader("ETag", "\"1\"");
		assertThat(accepted).bodyJson().extractingPath("$.status.code").isEqualTo("ACCEPTED");
		assertThat(accepted).bodyJson().extractingPath("$.place").isEqualTo("科尔沁区建国路12号3-201");
		List<ConsumerRecord<String, String>> records = deadlineRecordsFor(id, 2);
		// sent after two commits by the outbox's asynchronous externalization, so in
		// either
		// order; deadline-service keeps a satisfaction that comes first
		assertThat(records).extracting(record -> TopicRecords.header(record, EventHeaders.TYPE))
			.containsExactlyInAnyOrder("deadline.requested", "deadline.satisfied");
	}

	@Test
	@DisplayName("APT-6: the customer's specialist, known from specialist-service's events, serves by default; "
			+ "once the assignment ends a staff member must be named")
	void customersSpecialistServesByDefault() {
		String crmId = "CRM-" + UUID.randomUUID().toString().substring(0, 8);
		String ownCustomer = HOME_VISIT.replace("CRM-7", crmId);
		kafka
			.send(EventRecords.of(new SpecialistAssigned(UUID.randomUUID(), Instant.now(), crmId, "spc-07", "head-01"),
					json))
			.join();
		await().atMost(Duration.ofSeconds(30)).until(() -> specialistsOf(crmId) == 1);

		String id = JsonPath.read(body(api.post("/api/v1/appointments", ownCustomer)), "$.id");
		MvcTestResult accepted = api.post("/api/v1/appointments/" + id + "/acceptance",
				"{\"agreedTime\":\"%s\"}".formatted(Instant.now().plus(Duration.ofDays(1))));
		assertThat(accepted).hasStatusOk().bodyJson().extractingPath("$.staffId").isEqualTo("spc-07");
		assertThat(accepted).bodyJson().extractingPath("$.substitute").isEqualTo(false);

		kafka.send(EventRecords.of(
				new SpecialistAssignmentEnded(UUID.randomUUID(), Instant.now(), crmId, "spc-07", "head-01", "调岗"),
				json))
			.join();
		await().atMost(Duration.ofSeconds(30)).until(() -> specialistsOf(crmId) == 0);
		String next = JsonPath.read(body(api.post("/api/v1/appointments", ownCustomer)), "$.id");
		assertThat(api.post("/api/v1/appointments/" + next + "/acceptance",
				"{\"agreedTime\":\"%s\"}".formatted(Instant.now().plus(Duration.ofDays(1)))))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("APT-6");
	}

	@Test
	@DisplayName("APT-6: an assignment-ended that overtakes its specialist.assigned leaves no default specialist; "
			+ "a later re-assignment counts again")
	void anEndBeforeItsAssignmentIsKept() {
		String crmId = "CRM-" + UUID.randomUUID().toString().substring(0, 8);
		Instant assignedAt = Instant.now().minus(Duration.ofHours(2));
		Instant endedAt = assignedAt.plus(Duration.ofHours(1));

		kafka
			.send(EventRecords.inOrder(
					new SpecialistAssignmentEnded(UUID.randomUUID(), endedAt, crmId, "spc-08", "head-01", "调岗"), json))
			.join();
		kafka
			.send(EventRecords
				.inOrder(new SpecialistAssigned(UUID.randomUUID(), assignedAt, crmId, "spc-08", "head-01"), json))
			.join();
		SpecialistAssigned marker = new SpecialistAssigned(UUID.randomUUID(), Instant.now(), "CRM-marker-" + crmId,
				"spc-09", "head-01");
		kafka.send(EventRecords.inOrder(marker, json)).join();
		await().atMost(Duration.ofSeconds(30)).until(() -> specialistsOf(marker.crmId()) == 1);

		assertThat(specialistsOf(crmId)).as("the late assignment stays ended").isZero();
		kafka
			.send(EventRecords
				.inOrder(new SpecialistAssigned(UUID.randomUUID(), Instant.now(), crmId, "spc-08", "head-01"), json))
			.join();
		await().atMost(Duration.ofSeconds(30)).until(() -> specialistsOf(crmId) == 1);
	}

	private long specialistsOf(String crmId) {
		return jdbc.sql("select count(*) from customer_specialist where crm_id = ? and ended_at is null")
			.param(crmId)
			.query(Long.class)
			.single();
	}

	@Test
	@DisplayName("APT-7: a refusal states its reason and waits for the general manager's approval; only the general "
			+ "manager's token approves it (403 naming the rule otherwise), which answers the applicant")
	void refusalNeedsTheGeneralManagersApproval() {
		String id = JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT)), "$.id");
		assertThat(api.post("/api/v1/appointments/" + id + "/refusal", "{}"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("APT-7");

		MvcTestResult proposed = api.post("/api/v1/appointments/" + id + "/refusal", "{\"reason\":\"超出服务区域\"}");

		assertThat(proposed).hasStatusOk().bodyJson().extractingPath("$.status.code").isEqualTo("REFUSAL_PROPOSED");
		assertThat(proposed).bodyJson().extractingPath("$.refusal.proposedBy").isEqualTo("clerk-1");
		assertThat(proposed).bodyJson().doesNotHavePath("$.answeredBy");
		MvcTestResult byTheClerk = api.post("/api/v1/appointments/" + id + "/refusal/approval", "{}");
		assertThat(byTheClerk).hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(byTheClerk).bodyJson().extractingPath("$.rule").isEqualTo("APT-7");
		MvcTestResult byAHead = api.as(TestTokens.staff("head-01", Role.DEPARTMENT_HEAD))
			.post("/api/v1/appointments/" + id + "/refusal/approval", "{}");
		assertThat(byAHead).hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.rule").isEqualTo("APT-7");

		MvcTestResult approved = asGeneralManager().post("/api/v1/appointments/" + id + "/refusal/approval", "{}");

		assertThat(approved).hasStatusOk().bodyJson().extractingPath("$.status.code").isEqualTo("REFUSED");
		assertThat(approved).bodyJson().extractingPath("$.refusal.approvedBy").isEqualTo("gm-1");
		assertThat(approved).bodyJson().extractingPath("$.answeredBy").isEqualTo("clerk-1");
		assertThat(deadlineRecordsFor(id, 2)).extracting(record -> TopicRecords.header(record, EventHeaders.TYPE))
			.containsExactlyInAnyOrder("deadline.requested", "deadline.satisfied");
	}

	@Test
	@DisplayName("APT-7: accepting a request withdraws a refusal still waiting for approval")
	void acceptingWithdrawsAProposedRefusal() {
		String id = JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT)), "$.id");
		api.post("/api/v1/appointments/" + id + "/refusal", "{\"reason\":\"人手不足\"}");

		MvcTestResult accepted = api.post("/api/v1/appointments/" + id + "/acceptance",
				"{\"agreedTime\":\"%s\",\"staffId\":\"spc-02\"}".formatted(Instant.now().plus(Duration.ofDays(1))));

		assertThat(accepted).hasStatusOk().bodyJson().extractingPath("$.status.code").isEqualTo("ACCEPTED");
		assertThat(accepted).bodyJson().doesNotHavePath("$.refusal");
		assertThat(asGeneralManager().post("/api/v1/appointments/" + id + "/refusal/approval", "{}"))
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	@DisplayName("APT-13, X-2: a refusal the general manager finds without a valid reason is reviewed once and asks "
			+ "for one penalty on the record of the clerk who answered")
	void unjustifiedRefusalCountsAgainstTheClerk() {
		String id = JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT)), "$.id");
		String number = refuse(id, "clerk-9", "人手不足");

		MvcTestResult byTheClerk = api.post("/api/v1/appointments/" + id + "/refusal/review", "\"2\"",
				"{\"justified\":false,\"note\":\"拒绝理由不成立\"}");
		assertThat(byTheClerk).hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.rule").isEqualTo("APT-13");
		MvcTestResult reviewed = asGeneralManager().post("/api/v1/appointments/" + id + "/refusal/review", "\"2\"",
				"{\"justified\":false,\"note\":\"当日有空闲人员，拒绝理由不成立\"}");

		assertThat(reviewed).hasStatusOk().hasHeader("ETag", "\"3\"");
		assertThat(reviewed).bodyJson().extractingPath("$.refusalReview.reviewedBy").isEqualTo("gm-1");
		assertThat(reviewed).bodyJson().extractingPath("$.refusalReview.justified").isEqualTo(false);
		assertThat(reviewed).bodyJson().extractingPath("$.refusalReview.reviewedAt").isNotNull();
		MvcTestResult again = asGeneralManager().post("/api/v1/appointments/" + id + "/refusal/review",
				"{\"justified\":true}");
		assertThat(again).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);

		List<ConsumerRecord<String, String>> entries = TopicRecords.awaitRecords(
				SharedInfra.get().kafka().bootstrapServers(), Topics.STAFF_RECORD_REQUESTS, 1,
				// each test context numbers cases in its own database: the staff id tells
				// them apart
				record -> "clerk-9".equals(record.key()) && record.value().contains(number));
		assertThat(entries).singleElement().satisfies(record -> {
			StaffRecordEntryRequested entry = json.readValue(record.value(), StaffRecordEntryRequested.class);
			assertThat(record.key()).isEqualTo("clerk-9");
			assertThat(entry.kind()).isEqualTo("PENALTY");
			assertThat(entry.rule()).isEqualTo("APT-13");
			assertThat(entry.area()).isEqualTo("appointment-service");
			assertThat(entry.caseRef()).isEqualTo(number);
			assertThat(entry.detail()).isEqualTo("无正当理由拒绝预约申请 " + number + "（APT-13）：当日有空闲人员，拒绝理由不成立");
		});
	}

	@Test
	@DisplayName("APT-13: a justified refusal puts nothing on the record; only a refusal is reviewed, and an "
			+ "unjustified finding must say what was found")
	void justifiedRefusalCountsAgainstNobody() {
		JsonCalls gm = asGeneralManager();
		String waiting = JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT)), "$.id");
		String id = JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT)), "$.id");
		String number = refuse(id, "clerk-8", "地址不在供气区域内");

		assertThat(gm.post("/api/v1/appointments/" + waiting + "/refusal/review",
				"{\"justified\":false,\"note\":\"理由不成立\"}"))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(gm.post("/api/v1/appointments/" + id + "/refusal/review", "{\"justified\":false}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(gm.post("/api/v1/appointments/" + id + "/refusal/review", "{}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("justified");
		assertThat(gm.post("/api/v1/appointments/" + id + "/refusal/review", "{\"justified\":true}")).hasStatusOk();
		String marker = JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT)), "$.id");
		String markerNumber = refuse(marker, "clerk-8", "人手不足");
		gm.post("/api/v1/appointments/" + marker + "/refusal/review", "{\"justified\":false,\"note\":\"理由不成立\"}");
		// the outbox sends each event on its own: once nothing is left in it, all are on
		// Kafka
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from event_publication").query(Long.class).single() == 0);

		List<ConsumerRecord<String, String>> entries = TopicRecords.recordsUntil(
				SharedInfra.get().kafka().bootstrapServers(), Topics.STAFF_RECORD_REQUESTS,
				record -> "clerk-8".equals(record.key()) && record.value().contains(markerNumber),
				record -> "clerk-8".equals(record.key()) && record.value().contains(number));
		assertThat(entries).isEmpty();
	}

	@Test
	@DisplayName("X-1: every step of a request keeps who did it, from their tokens, and when — received, accepted, "
			+ "refusal proposed and approved, reviewed")
	void everyStepKeepsWhoAndWhen() {
		Instant before = Instant.now().minusSeconds(1);
		String accepted = JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT)), "$.id");
		String refused = JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT)), "$.id");
		api.as(TestTokens.staff("clerk-2", Role.SERVICE_CENTER_CLERK))
			.post("/api/v1/appointments/" + accepted + "/acceptance", """
					{"agreedTime":"%s","staffId":"spc-03","answeredBy":"someone-else"}"""
				.formatted(Instant.now().plus(Duration.ofDays(2))));
		refuse(refused, "clerk-3", "超出服务区域");
		api.as(TestTokens.staff("gm-2", Role.GENERAL_MANAGER))
			.post("/api/v1/appointments/" + refused + "/refusal/review", "{\"justified\":true}");

		MvcTestResult acceptedView = api.get("/api/v1/appointments/" + accepted);
		MvcTestResult refusedView = api.get("/api/v1/appointments/" + refused);

		assertThat(acceptedView).bodyJson().extractingPath("$.receivedBy").isEqualTo("clerk-1");
		assertThat(acceptedView).bodyJson().extractingPath("$.answeredBy").isEqualTo("clerk-2");
		assertThat(acceptedView).bodyJson().extractingPath("$.staffId").isEqualTo("spc-03");
		assertThat(refusedView).bodyJson().extractingPath("$.answeredBy").isEqualTo("clerk-3");
		assertThat(refusedView).bodyJson().extractingPath("$.refusal.proposedBy").isEqualTo("clerk-3");
		assertThat(refusedView).bodyJson().extractingPath("$.refusal.approvedBy").isEqualTo("gm-1");
		assertThat(refusedView).bodyJson().extractingPath("$.refusal.reason").isEqualTo("超出服务区域");
		assertThat(refusedView).bodyJson().extractingPath("$.refusalReview.reviewedBy").isEqualTo("gm-2");
		for (MvcTestResult view : List.of(acceptedView, refusedView)) {
			assertThat(Instant.parse(JsonPath.read(body(view), "$.registeredAt"))).isAfter(before);
			assertThat(Instant.parse(JsonPath.read(body(view), "$.answeredAt")))
				.isAfterOrEqualTo(Instant.parse(JsonPath.read(body(view), "$.registeredAt")));
		}
		assertThat(Instant.parse(JsonPath.read(body(refusedView), "$.refusal.approvedAt")))
			.isAfterOrEqualTo(Instant.parse(JsonPath.read(body(refusedView), "$.refusal.proposedAt")));
		assertThat(Instant.parse(JsonPath.read(body(refusedView), "$.refusalReview.reviewedAt")))
			.isAfterOrEqualTo(Instant.parse(JsonPath.read(body(refusedView), "$.answeredAt")));
	}

	@Test
	@DisplayName("A customer sees only their own requests: their list holds only them, another's request answers 404")
	void aCustomerSeesOnlyTheirOwnRequests() {
		String own = JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT)), "$.id");
		String others = JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT.replace("CRM-7", "CRM-9"))),
				"$.id");
		JsonCalls customer = api.as(TestTokens.customer("CRM-7"));

		assertThat(customer.get("/api/v1/appointments/" + own)).hasStatusOk();
		assertThat(customer.get("/api/v1/appointments/" + others)).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		MvcTestResult list = customer.get("/api/v1/appointments?size=200");
		assertThat(list).hasStatusOk();
		assertThat(JsonPath.<List<String>>read(body(list), "$.items[*].customerId")).isNotEmpty().containsOnly("CRM-7");
		assertThat(customer.post("/api/v1/appointments/" + own + "/refusal", "{\"reason\":\"x\"}"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	/**
	 * A refusal proposed by the clerk and approved by the general manager; its number.
	 */
	private String refuse(String id, String clerk, String reason) {
		api.as(TestTokens.staff(clerk, Role.SERVICE_CENTER_CLERK))
			.post("/api/v1/appointments/" + id + "/refusal", "{\"reason\":\"" + reason + "\"}");
		return JsonPath.read(body(asGeneralManager().post("/api/v1/appointments/" + id + "/refusal/approval", "{}")),
				"$.number");
	}

	private JsonCalls asGeneralManager() {
		return api.as(TestTokens.staff("gm-1", Role.GENERAL_MANAGER));
	}

	@Test
	@DisplayName("A second answer to a request answers 409 and leaves the first answer in place")
	void secondAnswerIsAConflict() {
		String id = JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT)), "$.id");
		refuse(id, "clerk-1", "超出服务区域");

		MvcTestResult again = api.post("/api/v1/appointments/" + id + "/acceptance", """
				{"agreedTime":"%s","staffId":"spc-01"}""".formatted(Instant.now().plus(Duration.ofDays(2))));

		assertThat(again).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:servicedesk:problem:invalid-state");
		assertThat(api.get("/api/v1/appointments/" + id)).bodyJson()
			.extractingPath("$.status.code")
			.isEqualTo("REFUSED");
	}

	@Test
	@DisplayName("APT-1: a home visit without an address answers 422; missing fields 400; unknown id 404")
	void badInputAnswersProblems() {
		assertThat(api.post("/api/v1/appointments", HOME_VISIT.replace(",\"address\":\"科尔沁区建国路12号3-201\"", "")))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("APT-1");
		MvcTestResult invalid = api.post("/api/v1/appointments", "{\"kind\":\"HALL\",\"applicantPhone\":\"12\"}");
		assertThat(invalid).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(invalid).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("reason", "applicantType", "applicantName", "applicantPhone", "channel", "matter");
		assertThat(mvc.get().uri("/api/v1/appointments/" + UUID.randomUUID()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		MvcTestResult future = api.post("/api/v1/appointments", HOME_VISIT.replace("\"channel\"",
				"\"receivedAt\":\"" + Instant.now().plus(Duration.ofHours(1)) + "\",\"channel\""));
		assertThat(future).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	@DisplayName("APT-5, X-1: a late registration keeps its arrival and when it was entered; a date weeks back is refused")
	void lateRegistrationKeepsBothTimes() {
		Instant calledAt = Instant.now().minus(Duration.ofDays(2));
		MvcTestResult late = api.post("/api/v1/appointments",
				HOME_VISIT.replace("\"channel\"", "\"receivedAt\":\"" + calledAt + "\",\"channel\""));

		assertThat(late).hasStatus(HttpStatus.CREATED);
		assertThat(Instant.parse(JsonPath.read(body(late), "$.receivedAt"))).isEqualTo(calledAt);
		assertThat(Instant.parse(JsonPath.read(body(late), "$.registeredAt"))).isAfter(calledAt);
		MvcTestResult typo = api.post("/api/v1/appointments", HOME_VISIT.replace("\"channel\"",
				"\"receivedAt\":\"" + Instant.now().minus(Duration.ofDays(15)) + "\",\"channel\""));
		assertThat(typo).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("APT-5");
	}

	private List<ConsumerRecord<String, String>> deadlineRecordsFor(String id, int expected) {
		return TopicRecords.awaitRecords(SharedInfra.get().kafka().bootstrapServers(), Topics.DEADLINE_REQUESTS,
				expected, record -> record.key().equals("appointment-service/" + id + "/reply"));
	}

}
