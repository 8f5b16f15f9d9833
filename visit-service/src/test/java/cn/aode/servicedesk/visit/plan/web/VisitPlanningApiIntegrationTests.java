package cn.aode.servicedesk.visit.plan.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.visit.plan.VisitKind;
import cn.aode.servicedesk.visit.plan.HandledComplaints;
import cn.aode.servicedesk.visit.plan.VisitPlan;
import cn.aode.servicedesk.visit.plan.VisitPlanService;
import cn.aode.servicedesk.visit.plan.VisitStatus;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follow-ups of dissatisfied answers (VST-9) and visits planned by staff (VST-1, VST-5)
 * through the API, against real PostgreSQL and Kafka.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class VisitPlanningApiIntegrationTests {

	private static final String VISITOR = TestTokens.staff("staff-031", Role.SPECIALIST);

	private static final String VISIT = """
			{"visitedAt":"%s","method":"PHONE","satisfaction":"%s",
			 "customerOpinion":"燃气表更换后仍有异味","summary":"已致歉，客户仍不满意"}""";

	private static final String SPECIAL = """
			{"kind":"SPECIAL","customerId":"CRM-200501","customerName":"张伟","customerPhone":"13900002222",
			 "content":"冬季安全用气检查","purpose":"检查燃气设施并征询客户意见","dueBy":"%s","scheduledFor":"%s"}""";

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JsonMapper json;

	@Autowired
	VisitPlanService plans;

	@Autowired
	MockMvcTester mvc;

	private JsonCalls api;

	@BeforeEach
	void calls() {
		api = new JsonCalls(mvc).as(VISITOR);
	}

	@Test
	@DisplayName("VST-9: a dissatisfied answer plans one special follow-up visit to the same customer, due within "
			+ "the configured period, listed under the visited plan; a retried record plans no second one")
	void dissatisfiedAnswerPlansOneFollowUp() throws Exception {
		VisitPlan plan = plannedSpecialVisit();

		MvcTestResult recorded = api.post("/api/v1/visits/" + plan.id() + "/record",
				VISIT.formatted(Instant.now(), "DISSATISFIED"));
		MvcTestResult retried = api.post("/api/v1/visits/" + plan.id() + "/record",
				VISIT.formatted(Instant.now(), "DISSATISFIED"));

		assertThat(recorded).hasStatusOk();
		assertProblem(retried, HttpStatus.CONFLICT, "invalid-state");
		List<VisitPlan> followUps = plans.findBySource(plan.id().toString(), null, null);
		assertThat(followUps).singleElement().satisfies(followUp -> {
			assertThat(followUp.kind()).isEqualTo(VisitKind.SPECIAL);
			assertThat(followUp.status()).isEqualTo(VisitStatus.PLANNED);
			assertThat(followUp.followUpOf()).isEqualTo(plan.id());
			assertThat(followUp.sourceCaseNumber()).isEqualTo(plan.number());
			assertThat(followUp.customerId()).isEqualTo(plan.customerId());
			assertThat(followUp.customerName()).isEqualTo("张伟");
			assertThat(followUp.dueBy()).isEqualTo(LocalDate.now(CaseNumbers.BUSINESS_ZONE).plusDays(3));
			assertThat(followUp.content()).isEqualTo("回访 " + plan.number() + " 客户表示不满意：燃气表更换后仍有异味");
		});
		assertThat(plans.followUpOf(plan.id())).map(VisitPlan::id).contains(followUps.get(0).id());
		String listed = api.get("/api/v1/visits?sourceCaseId=" + plan.id()).getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(listed, "$.items[*].followUpOf")).containsExactly(plan.id().toString());
		assertThat(JsonPath.<List<String>>read(listed, "$.items[*].kind.code")).containsExactly("SPECIAL");
	}

	@Test
	@DisplayName("VST-9: a very dissatisfied answer sent again with the same Idempotency-Key is replayed, and one "
			+ "follow-up is planned")
	void replayedRecordPlansOneFollowUp() {
		VisitPlan plan = plannedSpecialVisit();
		String body = VISIT.formatted(Instant.now(), "VERY_DISSATISFIED");
		String key = UUID.randomUUID().toString();

		for (int i = 0; i < 2; i++) {
			assertThat(mvc.post()
				.uri("/api/v1/visits/" + plan.id() + "/record")
				.header(HttpHeaders.AUTHORIZATION, VISITOR)
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.exchange()).hasStatusOk();
		}

		assertThat(plans.findBySource(plan.id().toString(), null, null)).hasSize(1);
	}

	@Test
	@DisplayName("VST-9: a satisfied answer plans no follow-up")
	void satisfiedAnswerPlansNoFollowUp() {
		VisitPlan plan = planFromHandledComplaint();

		assertThat(api.post("/api/v1/visits/" + plan.id() + "/record",
				VISIT.formatted(Instant.now(), "BASICALLY_SATISFIED")))
			.hasStatusOk();

		assertThat(plans.findBySource(plan.id().toString(), null, null)).isEmpty();
		assertThat(plans.followUpOf(plan.id())).isEmpty();
	}

	@Test
	@DisplayName("VST-9, CMP-3: a dissatisfied complaint revisit plans no special follow-up: complaint-service "
			+ "reopens the complaint, and its next handling is revisited")
	void dissatisfiedComplaintRevisitPlansNoFollowUp() {
		VisitPlan plan = planFromHandledComplaint();

		assertThat(api.post("/api/v1/visits/" + plan.id() + "/record", VISIT.formatted(Instant.now(), "DISSATISFIED")))
			.hasStatusOk();

		assertThat(plans.followUpOf(plan.id())).isEmpty();
	}

	@Test
	@DisplayName("VST-1, VST-5: a staff member plans a special visit: 201 with Location, the planner from the token, "
			+ "and it is recorded like any other plan")
	void staffPlanASpecialVisit() {
		LocalDate dueBy = LocalDate.now(CaseNumbers.BUSINESS_ZONE).plusDays(5);
		Instant at = dueBy.atTime(10, 0).atZone(CaseNumbers.BUSINESS_ZONE).toInstant();

		MvcTestResult created = api.post("/api/v1/visits", SPECIAL.formatted(dueBy, at));

		assertThat(created).hasStatus(HttpStatus.CREATED).hasHeader("ETag", "\"0\"");
		String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).matches("/api/v1/visits/[0-9a-f-]{36}");
		assertThat(created).bodyJson().extractingPath("$.plannedBy").isEqualTo("staff-031");
		assertThat(created).bodyJson().extractingPath("$.kind.code").isEqualTo("SPECIAL");
		assertThat(created).bodyJson().extractingPath("$.scheduledFor").isEqualTo(at.toString());
		assertThat(created).bodyJson().extractingPath("$.number").asString().startsWith("HF");
		assertThat(api.get(location)).hasStatusOk().bodyJson().extractingPath("$.customerId").isEqualTo("CRM-200501");
		assertThat(api.as(TestTokens.customer("CRM-200501")).get(location)).hasStatusOk();

		assertThat(
				api.post(location + "/record",
						"""
								{"visitedAt":"%s","method":"ON_SITE","satisfaction":"SATISFIED","summary":"已检查燃气设施"}"""
							.formatted(Instant.now())))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.onTime")
			.isEqualTo(true);
	}

	@Test
	@DisplayName("VST-1: a complaint visit planned by staff answers 422 naming VST-1; missing fields answer 400; a "
			+ "customer cannot plan (403); nothing is planned")
	void refusedPlansAnswerProblems() {
		LocalDate dueBy = LocalDate.now(CaseNumbers.BUSINESS_ZONE).plusDays(5);
		String complaint = SPECIAL.formatted(dueBy, dueBy.atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant())
			.replace("\"SPECIAL\"", "\"COMPLAINT\"");

		MvcTestResult refused = api.post("/api/v1/visits", complaint);
		assertProblem(refused, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("VST-1");
		assertProblem(api.post("/api/v1/visits", "{\"kind\":\"SPECIAL\"}"), HttpStatus.BAD_REQUEST, "validation");
		assertProblem(api.post("/api/v1/visits", SPECIAL.formatted(dueBy.minusDays(10), Instant.now())),
				HttpStatus.BAD_REQUEST, "invalid-value");
		assertThat(api.as(TestTokens.customer("CRM-200501")).post("/api/v1/visits", complaint))
			.hasStatus(HttpStatus.FORBIDDEN)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private VisitPlan planFromHandledComplaint() {
		return new HandledComplaints(kafka, json, plans)
			.revisitPlanOf(HandledComplaints.handled("TS20261202-0001", Instant.now()));
	}

	/** A special visit to Zhang Wei a staff member planned, due in five days. */
	private VisitPlan plannedSpecialVisit() {
		MvcTestResult planned = api.post("/api/v1/visits", """
				{"kind":"SPECIAL","customerId":"CRM-200501","customerName":"张伟","customerPhone":"13900002222",
				 "content":"冬季安全用气检查","purpose":"检查燃气设施并征询客户意见","dueBy":"%s"}"""
			.formatted(LocalDate.now(CaseNumbers.BUSINESS_ZONE).plusDays(5)));
		assertThat(planned).hasStatus(HttpStatus.CREATED);
		String id = JsonPath.read(new String(planned.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
				"$.id");
		return plans.get(UUID.fromString(id));
	}

}
