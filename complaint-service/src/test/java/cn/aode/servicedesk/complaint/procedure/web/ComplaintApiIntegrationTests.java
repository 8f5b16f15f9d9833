package cn.aode.servicedesk.complaint.procedure.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.visit.VisitRecorded;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.platform.EventRecords;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.TopicRecords;
import cn.aode.servicedesk.platform.security.Role;

import static cn.aode.servicedesk.platform.ApiDocumentAssertions.assertDocumentedAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The complaint API and its problem+json answers, against real PostgreSQL and Kafka. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class ComplaintApiIntegrationTests {

	private static final String WANG_LI = """
			{"customerId":"CRM-100234","customerName":"王丽","customerPhone":"13812345678",
			 "channel":"PHONE","content":"燃气表读数异常"}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	private JsonCalls api;

	@BeforeEach
	void calls() {
		// the office (办公室) handles complaints
		api = new JsonCalls(mvc).as(TestTokens.staff("staff-017", Role.OFFICE_HANDLER));
	}

	@Test
	@DisplayName("CMP-3: accepting answers 201 with a daily number, labels in Chinese and English, and an ETag")
	void acceptAnswersCreated() {
		MvcTestResult result = api.post("/api/v1/complaints", WANG_LI);

		assertThat(result).hasStatus(HttpStatus.CREATED).hasHeader("ETag", "\"0\"");
		assertThat(result.getResponse().getHeader("Location")).startsWith("/api/v1/complaints/");
		assertThat(result).bodyJson().extractingPath("$.number").asString().matches("TS\\d{8}-\\d{4}");
		assertThat(result).bodyJson()
			.extractingPath("$.status")
			.isEqualTo(Map.of("code", "ACCEPTED", "zh", "已受理", "en", "Accepted"));
		assertThat(result).bodyJson().extractingPath("$.channel.zh").isEqualTo("电话");
	}

	@Test
	@DisplayName("The API document shows accepting a complaint as answering 201, as it does, not 200")
	void apiDocumentShowsAcceptingAsCreated() {
		assertDocumentedAnswers(mvc, "post", "/api/v1/complaints", "ComplaintView", "201");
	}

	@Test
	void invalidFieldsAnswer400ProblemWithEachFieldError() throws Exception {
		MvcTestResult result = api.post("/api/v1/complaints", """
				{"customerName":"","customerPhone":"12","channel":"PHONE","content":"x"}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:validation");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("customerName", "customerPhone");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception", "at cn.");
	}

	@Test
	void unreadableBodyAnswers400Problem() {
		MvcTestResult result = api.post("/api/v1/complaints", "{\"channel\":\"CARRIER_PIGEON\"");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void unknownComplaintAnswers404Problem() {
		MvcTestResult result = mvc.get().uri("/api/v1/complaints/0b9e6a40-1f6c-4f5e-8c3a-7e2d9b4c5a66").exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:not-found");
	}

	@Test
	@DisplayName("CMP-2, CMP-3, X-1: accept (with who received it and the attachments' references) → handle → "
			+ "feedback, each step kept with who and when; the handling clock is "
			+ "requested at intake and satisfied by the feedback, which also asks for the revisit")
	void theProcedureStepByStep() throws Exception {
		Instant before = Instant.now().minusSeconds(1);
		MvcTestResult accepted = api.as(TestTokens.staff("clerk-9", Role.SERVICE_CENTER_CLERK))
			.post("/api/v1/complaints", WANG_LI.replace("}",
					",\"category\":\"BILLING\",\"subject\":\"燃气表\",\"attachments\":[\"doc://photos/meter-0412.jpg\"]}"));
		String location = accepted.getResponse().getHeader("Location");
		String id = location.substring(location.lastIndexOf('/') + 1);
		assertThat(accepted).bodyJson().extractingPath("$.receivedBy").isEqualTo("clerk-9");
		assertThat(accepted).bodyJson().extractingPath("$.receivingDepartment").isEqualTo("办公室");
		assertThat(api.get(location)).bodyJson()
			.extractingPath("$.attachments")
			.asArray()
			.containsExactly("doc://photos/meter-0412.jpg");

		MvcTestResult handled = api.post(location + "/handling", """
				{"investigation":"调取抄表记录，核对表具","actions":"更换燃气表","finding":"COMPANY_RESPONSIBLE"}""");
		MvcTestResult fedBack = api.post(location + "/feedback", """
				{"channel":"PHONE","content":"已更换燃气表，读数恢复正常"}""");

		assertThat(handled).hasStatusOk().bodyJson().extractingPath("$.status.code").isEqualTo("HANDLED");
		assertThat(handled).bodyJson().extractingPath("$.handling.handledBy").isEqualTo("staff-017");
		assertThat(fedBack).hasStatusOk().bodyJson().extractingPath("$.status.code").isEqualTo("FED_BACK");
		assertThat(fedBack).bodyJson().extractingPath("$.feedback.givenBy").isEqualTo("staff-017");
		assertThat(Instant.parse(JsonPath.read(fedBack.getResponse().getContentAsString(), "$.feedback.givenAt")))
			.isAfter(before);
		MvcTestResult history = api.get(location + "/history");
		assertThat(JsonPath.<List<String>>read(history.getResponse().getContentAsString(), "$[*].step.code"))
			.containsExactly("ACCEPTED", "HANDLED", "FED_BACK");
		assertThat(JsonPath.<List<String>>read(history.getResponse().getContentAsString(), "$[*].actor"))
			.containsExactly("clerk-9", "staff-017", "staff-017");

		List<ConsumerRecord<String, String>> clocks = TopicRecords.awaitRecords(
				SharedInfra.get().kafka().bootstrapServers(), Topics.DEADLINE_REQUESTS, 2,
				record -> record.key().equals("complaint-service/" + id + "/handling"));
		assertThat(clocks).extracting(record -> TopicRecords.header(record, EventHeaders.TYPE))
			.containsExactlyInAnyOrder("deadline.requested", "deadline.satisfied");
		assertThat(TopicRecords.awaitRecords(SharedInfra.get().kafka().bootstrapServers(), Topics.COMPLAINT_EVENTS, 2,
				record -> record.key().equals(id)))
			.extracting(record -> TopicRecords.header(record, EventHeaders.TYPE))
			.containsExactlyInAnyOrder("complaint.accepted", "complaint.resolved");
	}

	@Test
	@DisplayName("CMP-3, VST-4: a satisfied revisit from visit-service archives the complaint (read-only after); "
			+ "a dissatisfied one reopens it with the reason and the loop runs again")
	void theRevisitArchivesOrReopens() {
		String satisfied = fedBackComplaint();
		String dissatisfied = fedBackComplaint();

		kafka.send(EventRecords.of(revisit(satisfied, "SATISFIED", "对处理结果满意"), json)).join();
		kafka.send(EventRecords.of(revisit(dissatisfied, "VERY_DISSATISFIED", "问题仍未解决"), json)).join();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(api.get(satisfied)).bodyJson()
				.extractingPath("$.status.code")
				.isEqualTo("ARCHIVED"));
		assertThat(api.get(satisfied)).bodyJson().extractingPath("$.revisit.opinion").isEqualTo("对处理结果满意");
		assertThat(api.post(satisfied + "/protection", "{\"atRisk\":\"x\",\"measures\":\"y\"}"))
			.as("an archived complaint is read-only")
			.hasStatus(HttpStatus.CONFLICT);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(api.get(dissatisfied)).bodyJson().extractingPath("$.reopenCount").isEqualTo(1));
		MvcTestResult reopened = api.get(dissatisfied);
		assertThat(reopened).bodyJson().extractingPath("$.status.code").isEqualTo("ACCEPTED");
		assertThat(reopened).bodyJson().extractingPath("$.lastReopenReason").asString().contains("问题仍未解决");
		assertThat(api.post(dissatisfied + "/handling", """
				{"actions":"上门复查，重新校表","finding":"COMPANY_RESPONSIBLE"}""")).hasStatusOk();
	}

	@Test
	@DisplayName("CMP-4: a major complaint flagged at intake is in the leaders' queue and handled only after a "
			+ "principal leader acknowledged it: before, handling answers 422 CMP-4; a handler cannot acknowledge")
	void aMajorComplaintWaitsForAPrincipalLeader() {
		String location = api.post("/api/v1/complaints", WANG_LI.replace("}", ",\"majorReason\":\"媒体曝光\"}"))
			.getResponse()
			.getHeader("Location");
		JsonCalls leader = api.as(TestTokens.staff("leader-01", Role.PRINCIPAL_LEADER));

		assertThat(api.post(location + "/handling", """
				{"actions":"更换燃气表","finding":"COMPANY_RESPONSIBLE"}""")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("CMP-4");
		assertThat(leader.get("/api/v1/complaints/major/unacknowledged")).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.contains(location.substring(location.lastIndexOf('/') + 1));
		assertThat(api.post(location + "/major/acknowledgement", "{}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(leader.post(location + "/major/acknowledgement", "{}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.major.acknowledgedBy")
			.isEqualTo("leader-01");
		assertThat(api.post(location + "/handling", """
				{"actions":"更换燃气表","finding":"COMPANY_RESPONSIBLE"}""")).hasStatusOk();
	}

	@Test
	@DisplayName("CMP-5, CMP-6: feedback waits for the apology of a verified staff fault (422 CMP-5) or the "
			+ "explanation when the company is not responsible (422 CMP-6)")
	void feedbackWaitsForTheApologyOrTheExplanation() {
		String fault = api.post("/api/v1/complaints", WANG_LI).getResponse().getHeader("Location");
		String notOurs = api.post("/api/v1/complaints", WANG_LI).getResponse().getHeader("Location");
		String feedback = "{\"channel\":\"PHONE\",\"content\":\"已告知处理结果\"}";
		api.post(fault + "/handling", """
				{"actions":"批评教育","finding":"STAFF_AT_FAULT","staffAtFault":"staff-023"}""");
		api.post(notOurs + "/handling", """
				{"actions":"核实为燃气价格政策问题","finding":"NOT_COMPANY_RESPONSIBLE"}""");

		assertThat(api.post(fault + "/feedback", feedback)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("CMP-5");
		assertThat(api.post(notOurs + "/feedback", feedback)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("CMP-6");
		assertThat(api.post(fault + "/apology", """
				{"supervisorId":"sup-01","how":"本人及主管上门当面致歉"}""")).hasStatusOk();
		assertThat(api.post(notOurs + "/explanation", """
				{"explanation":"燃气价格由物价部门核定，已耐心解释"}""")).hasStatusOk();
		assertThat(api.post(fault + "/feedback", feedback)).hasStatusOk();
		assertThat(api.post(notOurs + "/feedback", feedback)).hasStatusOk();
	}

	@Test
	@DisplayName("CMP-8: protective measures are flagged on the complaint and read only by leaders and the "
			+ "complaint's handler; others get 403 naming the rule, lists never carry them")
	void protectionIsForLeadersAndTheHandler() {
		String location = api.post("/api/v1/complaints", WANG_LI).getResponse().getHeader("Location");
		api.post(location + "/handling", """
				{"actions":"核实情况","finding":"COMPANY_RESPONSIBLE"}""");

		assertThat(api.as(TestTokens.staff("clerk-9", Role.SERVICE_CENTER_CLERK)).post(location + "/protection", """
				{"atRisk":"举报人王丽及其住所","measures":"对举报人信息保密，安排专人回访"}""")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.protectionRecorded")
			.isEqualTo(true);

		assertThat(api.get(location + "/protection")).as("the handler").hasStatusOk();
		assertThat(api.as(TestTokens.staff("leader-01", Role.PRINCIPAL_LEADER)).get(location + "/protection"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.measures")
			.isEqualTo("对举报人信息保密，安排专人回访");
		assertThat(api.as(TestTokens.staff("spc-02", Role.SPECIALIST)).get(location + "/protection"))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("CMP-8");
		assertThat(api.get(location)).bodyJson().doesNotHavePath("$.protection");
	}

	@Test
	void handlingWithoutAFindingAnswers400() {
		String location = api.post("/api/v1/complaints", WANG_LI).getResponse().getHeader("Location");

		MvcTestResult result = api.post(location + "/handling", """
				{"actions":"已处理"}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("finding");
	}

	/** A complaint handled and fed back, waiting for its revisit; its location. */
	private String fedBackComplaint() {
		String location = api.post("/api/v1/complaints", WANG_LI).getResponse().getHeader("Location");
		api.post(location + "/handling", """
				{"actions":"更换燃气表","finding":"COMPANY_RESPONSIBLE"}""");
		assertThat(api.post(location + "/feedback", """
				{"channel":"PHONE","content":"已更换燃气表"}""")).hasStatusOk();
		return location;
	}

	private static VisitRecorded revisit(String location, String satisfaction, String opinion) {
		String id = location.substring(location.lastIndexOf('/') + 1);
		return new VisitRecorded(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "HF20261202-0001", "COMPLAINT",
				null, "CRM-100234", "spc-01", Instant.now(), satisfaction, true, id, opinion);
	}

	@Test
	@DisplayName("CMP-2: a customer complains through the app as the customer their token names, and sees only "
			+ "their own complaints: another's answers 404; handling is for staff (403)")
	void aCustomerComplainsAndFollowsOnlyTheirOwn() throws Exception {
		JsonCalls customer = api.as(TestTokens.customer("CRM-OWN-1"));
		String others = api.post("/api/v1/complaints", WANG_LI).getResponse().getHeader("Location");

		MvcTestResult own = customer.post("/api/v1/complaints", """
				{"customerName":"王丽","customerPhone":"13812345678","channel":"WECHAT","content":"抄表员态度差"}""");

		assertThat(own).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.customerId").isEqualTo("CRM-OWN-1");
		String location = own.getResponse().getHeader("Location");
		assertThat(customer.get(location)).hasStatusOk();
		assertThat(customer.get(others)).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		MvcTestResult list = customer.get("/api/v1/complaints?size=100");
		assertThat(JsonPath.<List<String>>read(list.getResponse().getContentAsString(), "$.items[*].customerId"))
			.containsExactly("CRM-OWN-1");
		assertThat(customer.post("/api/v1/complaints", """
				{"customerId":"CRM-OTHER","customerName":"王丽","customerPhone":"13812345678","channel":"WECHAT",
				 "content":"x"}""")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(customer.post(location + "/handling", """
				{"actions":"已处理","finding":"COMPANY_RESPONSIBLE"}""")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@DisplayName("APT-12: a customer complains with their own token about their own appointment: the complaint "
			+ "shows the appointment and complaint.accepted carries it; a number without the appointment's id, or "
			+ "an id that is no UUID, answers 400")
	void aCustomerComplainsAboutTheirAppointment() {
		JsonCalls customer = api.as(TestTokens.customer("CRM-APT-12"));
		String appointmentId = UUID.randomUUID().toString();

		MvcTestResult complained = customer.post("/api/v1/complaints", """
				{"customerName":"王丽","customerPhone":"13812345678","channel":"WECHAT","content":"上门人员迟到一小时",
				 "category":"SERVICE_ATTITUDE","appointmentId":"%s","appointmentNumber":"YY20261127-0003"}"""
			.formatted(appointmentId));

		assertThat(complained).hasStatus(HttpStatus.CREATED);
		String location = complained.getResponse().getHeader("Location");
		String id = location.substring(location.lastIndexOf('/') + 1);
		assertThat(customer.get(location)).bodyJson()
			.extractingPath("$.appointment")
			.isEqualTo(Map.of("id", appointmentId, "number", "YY20261127-0003"));
		assertThat(api.get(location + "/history")).bodyJson()
			.extractingPath("$[0].detail")
			.asString()
			.endsWith("，关于预约YY20261127-0003");
		ConsumerRecord<String, String> accepted = TopicRecords.awaitFirst(SharedInfra.get().kafka().bootstrapServers(),
				Topics.COMPLAINT_EVENTS, TopicRecords.keyAndType(id, "complaint.accepted"));
		assertThat(JsonPath.<String>read(accepted.value(), "$.appointmentId")).isEqualTo(appointmentId);
		assertThat(JsonPath.<String>read(accepted.value(), "$.appointmentNumber")).isEqualTo("YY20261127-0003");
		assertThat(JsonPath.<String>read(accepted.value(), "$.customerId")).isEqualTo("CRM-APT-12");
		assertThat(api.get(api.post("/api/v1/complaints", WANG_LI).getResponse().getHeader("Location"))).bodyJson()
			.doesNotHavePath("$.appointment");

		assertThat(customer.post("/api/v1/complaints", """
				{"customerName":"王丽","customerPhone":"13812345678","channel":"WECHAT","content":"x",
				 "appointmentNumber":"YY20261127-0003"}""")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(customer.post("/api/v1/complaints", """
				{"customerName":"王丽","customerPhone":"13812345678","channel":"WECHAT","content":"x",
				 "appointmentId":"YY20261127-0003"}""")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void staleIfMatchAnswers412() {
		String location = api.post("/api/v1/complaints", WANG_LI).getResponse().getHeader("Location");

		MvcTestResult result = mvc.post()
			.uri(location + "/handling")
			.header("If-Match", "\"7\"")
			.header("Authorization", TestTokens.staff("staff-017", Role.OFFICE_HANDLER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"actions":"已处理","finding":"COMPANY_RESPONSIBLE"}""")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.PRECONDITION_FAILED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	@DisplayName("Complaints are listed by status page by page; two more accepted complaints count two more")
	void listsComplaintsByStatusPageByPage() throws Exception {
		int before = JsonPath.read(
				api.get("/api/v1/complaints?status=ACCEPTED&size=1").getResponse().getContentAsString(),
				"$.totalItems");
		api.post("/api/v1/complaints", WANG_LI);
		api.post("/api/v1/complaints", WANG_LI);

		MvcTestResult result = api.get("/api/v1/complaints?status=ACCEPTED&size=1");

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().extractingPath("$.items").asArray().hasSize(1);
		assertThat(result).bodyJson().extractingPath("$.totalItems").isEqualTo(before + 2);
		assertThat(result).bodyJson().extractingPath("$.totalPages").isEqualTo(before + 2);
	}

	@Test
	void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneComplaint() throws Exception {
		MvcTestResult first = mvc.post()
			.uri("/api/v1/complaints")
			.header("Idempotency-Key", "crm-retry-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(WANG_LI)
			.exchange();
		MvcTestResult retry = mvc.post()
			.uri("/api/v1/complaints")
			.header("Idempotency-Key", "crm-retry-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(WANG_LI)
			.exchange();

		assertThat(first).hasStatus(HttpStatus.CREATED);
		assertThat(retry).hasStatus(HttpStatus.CREATED).hasHeader("Idempotent-Replayed", "true");
		assertThat(retry.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
		assertThat(retry.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
	}

	@Test
	void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
		mvc.post()
			.uri("/api/v1/complaints")
			.header("Idempotency-Key", "crm-retry-2")
			.contentType(MediaType.APPLICATION_JSON)
			.content(WANG_LI)
			.exchange();

		MvcTestResult other = mvc.post()
			.uri("/api/v1/complaints")
			.header("Idempotency-Key", "crm-retry-2")
			.contentType(MediaType.APPLICATION_JSON)
			.content(WANG_LI.replace("燃气表读数异常", "另一件事"))
			.exchange();

		assertThat(other).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	@DisplayName("Idempotency keys belong to the caller: another caller's request with the same key and body is a "
			+ "request of its own, never the first caller's answer")
	void idempotencyKeysAreScopedToTheCaller() {
		MvcTestResult first = mvc.post()
			.uri("/api/v1/complaints")
			.header("Idempotency-Key", "shared-key-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(WANG_LI)
			.exchange();
		MvcTestResult another = mvc.post()
			.uri("/api/v1/complaints")
			.header("Idempotency-Key", "shared-key-1")
			.header("Authorization", TestTokens.staff("clerk-2", Role.SERVICE_CENTER_CLERK))
			.contentType(MediaType.APPLICATION_JSON)
			.content(WANG_LI)
			.exchange();

		assertThat(first).hasStatus(HttpStatus.CREATED);
		assertThat(another).hasStatus(HttpStatus.CREATED).doesNotContainHeader("Idempotent-Replayed");
		assertThat(another.getResponse().getHeader("Location")).isNotEqualTo(first.getResponse().getHeader("Location"));
	}

	@Test
	@DisplayName("A reservation left by a first request that never answered (its process died) is taken over after "
			+ "two minutes and the retry creates the complaint; a recent one answers 409, the first may still answer")
	void anAbandonedReservationIsTakenOverAndARecentOneIsInProgress() throws Exception {
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(WANG_LI.getBytes(StandardCharsets.UTF_8)));
		reserve("lost-1", hash, Instant.now().minus(Duration.ofMinutes(3)));
		reserve("running-1", hash, Instant.now());

		MvcTestResult takenOver = createAsClerk3("lost-1");
		MvcTestResult inProgress = createAsClerk3("running-1");

		assertThat(takenOver).hasStatus(HttpStatus.CREATED).doesNotContainHeader("Idempotent-Replayed");
		assertThat(createAsClerk3("lost-1")).hasStatus(HttpStatus.CREATED)
			.hasHeader("Idempotent-Replayed", "true")
			.hasHeader("Location", takenOver.getResponse().getHeader("Location"));
		assertThat(inProgress).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(inProgress).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:servicedesk:problem:idempotency-in-progress");
	}

	private void reserve(String key, String hash, Instant at) {
		jdbc.sql("insert into idempotent_request (caller, idempotency_key, method, path, request_hash, created_at)"
				+ " values ('clerk-3', ?, 'POST', '/api/v1/complaints', ?, ?)")
			.params(key, hash, Timestamp.from(at))
			.update();
	}

	private MvcTestResult createAsClerk3(String key) {
		return mvc.post()
			.uri("/api/v1/complaints")
			.header("Idempotency-Key", key)
			.header("Authorization", TestTokens.staff("clerk-3", Role.SERVICE_CENTER_CLERK))
			.contentType(MediaType.APPLICATION_JSON)
			.content(WANG_LI)
			.exchange();
	}

}
