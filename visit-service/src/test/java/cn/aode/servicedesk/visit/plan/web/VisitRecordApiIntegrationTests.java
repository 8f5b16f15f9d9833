package cn.aode.servicedesk.visit.plan.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.visit.VisitRecorded;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.visit.plan.Satisfaction;
import cn.aode.servicedesk.visit.plan.HandledComplaints;
import cn.aode.servicedesk.visit.plan.VisitPlan;
import cn.aode.servicedesk.platform.problem.ProblemDetailsAdvice;
import cn.aode.servicedesk.visit.plan.VisitPlanService;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a complaint revisit through the API and its problem+json answers, against
 * real PostgreSQL and Kafka: the plan comes from complaint.resolved, the record leaves as
 * visit.recorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class VisitRecordApiIntegrationTests {

	/** The specialist who visits the customer and records the visit (VST-8). */
	private static final String VISITOR = TestTokens.staff("staff-031", Role.SPECIALIST);

	private static final String VISIT = """
			{"visitedAt":"%s","method":"ON_SITE","satisfaction":"SATISFIED",
			 "customerOpinion":"对更换燃气表的处理及结果满意","problemsFound":"灶具软管老化，已提醒客户更换",
			 "summary":"已向客户致歉，客户认可处理结果"}""";

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
	@DisplayName("VST-8, VST-4: a visit is recorded once with the customer's satisfaction and opinion and when it "
			+ "was recorded, and visit.recorded reaches Kafka")
	void recordingAnswersTheRecordAndPublishesVisitRecorded() {
		VisitPlan plan = planFromHandledComplaint(Instant.now());
		Instant visitedAt = Instant.now();

		MvcTestResult recorded = mvc.post()
			.header(HttpHeaders.AUTHORIZATION, VISITOR)
			.uri("/api/v1/visits/" + plan.id() + "/record")
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(VISIT.formatted(visitedAt))
			.exchange();

		assertThat(recorded).hasStatus(HttpStatus.OK).hasHeader("ETag", "\"1\"");
		assertThat(recorded).bodyJson()
			.extractingPath("$.status")
			.isEqualTo(Map.of("code", "VISITED", "zh", "已回访", "en", "Visited"));
		assertThat(recorded).bodyJson()
			.extractingPath("$.satisfaction")
			.isEqualTo(Map.of("code", "SATISFIED", "zh", "满意", "en", "Satisfied"));
		assertThat(recorded).bodyJson().extractingPath("$.visitedAt").isEqualTo(visitedAt.toString());
		assertThat(recorded).bodyJson().hasPath("$.recordedAt");
		assertThat(recorded).bodyJson().extractingPath("$.visitorStaffId").isEqualTo("staff-031");
		assertThat(recorded).bodyJson().extractingPath("$.customerOpinion").isEqualTo("对更换燃气表的处理及结果满意");
		assertThat(recorded).bodyJson().extractingPath("$.onTime").isEqualTo(true);
		assertThat(recorded).bodyJson()
			.extractingPath("$.method")
			.isEqualTo(Map.of("code", "ON_SITE", "zh", "上门回访", "en", "On site"));
		assertThat(recorded).bodyJson().extractingPath("$.problemsFound").isEqualTo("灶具软管老化，已提醒客户更换");

		ConsumerRecord<String, String> event = awaitOnTopic(plan.id().toString(), VisitRecorded.TYPE);
		VisitRecorded published = json.readValue(event.value(), VisitRecorded.class);
		assertThat(published.planNumber()).isEqualTo(plan.number());
		assertThat(published.customerId()).isEqualTo("CRM-100234");
		assertThat(published.satisfaction()).isEqualTo("SATISFIED");
		assertThat(published.visitedAt()).isEqualTo(visitedAt);
		assertThat(published.onTime()).isTrue();

		MvcTestResult again = api.post("/api/v1/visits/" + plan.id() + "/record", VISIT.formatted(Instant.now()));

		assertThat(again).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(again).bodyJson()
			.extractingPath("$.type")
			.isEqualTo(ProblemDetailsAdvice.TYPE_BASE + "invalid-state");
		assertThat(again).bodyJson().extractingPath("$.detail").asString().contains("already recorded");
	}

	@Test
	@DisplayName("A customer sees only their own visit plans: another customer's plan answers 404, their list and "
			+ "a case's plans hold only their own; recording a visit is for staff (403)")
	void aCustomerSeesOnlyTheirOwnPlans() throws Exception {
		VisitPlan plan = planFromHandledComplaint(Instant.now());
		JsonCalls owner = api.as(TestTokens.customer(plan.customerId()));
		JsonCalls stranger = api.as(TestTokens.customer("CRM-STRANGER"));

		assertThat(owner.get("/api/v1/visits/" + plan.id())).hasStatusOk();
		assertThat(stranger.get("/api/v1/visits/" + plan.id())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(stranger.get("/api/v1/visits?sourceCaseId=" + plan.sourceCaseId())).bodyJson()
			.extractingPath("$.items")
			.asArray()
			.isEmpty();
		assertThat(JsonPath.<List<String>>read(owner.get("/api/v1/visits?size=200").getResponse().getContentAsString(),
				"$.items[*].customerId"))
			.isNotEmpty()
			.containsOnly(plan.customerId());
		assertThat(owner.post("/api/v1/visits/" + plan.id() + "/record", VISIT.formatted(Instant.now())))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@DisplayName("X-1: a plan keeps when it was planned and from which case; its record who visited, when the visit "
			+ "took place and when it was recorded")
	void planAndRecordKeepWhoAndWhen() {
		Instant before = Instant.now().minusSeconds(1);
		VisitPlan plan = planFromHandledComplaint(Instant.now());
		Instant visitedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

		api.post("/api/v1/visits/" + plan.id() + "/record", VISIT.formatted(visitedAt));
		VisitPlan recorded = plans.get(plan.id());

		assertThat(recorded.plannedAt()).isAfter(before);
		assertThat(recorded.sourceCaseId()).isEqualTo(plan.sourceCaseId());
		assertThat(recorded.sourceCaseNumber()).isEqualTo("TS20261120-0001");
		assertThat(recorded.visitorStaffId()).isEqualTo("staff-031");
		assertThat(recorded.visitedAt()).isEqualTo(visitedAt);
		assertThat(recorded.recordedAt()).isAfterOrEqualTo(visitedAt).isAfterOrEqualTo(recorded.plannedAt());
		assertThat(api.get("/api/v1/visits/" + plan.id())).bodyJson()
			.extractingPath("$.recordedAt")
			.asString()
			.satisfies(shown -> assertThat(Instant.parse(shown)).isEqualTo(recorded.recordedAt()));
	}

	@Test
	@DisplayName("VST-8: a visit after the plan's due date is recorded as overdue (onTime false), kept and shown so")
	void lateVisitIsRecordedAsNotOnTime() {
		VisitPlan plan = planFromHandledComplaint(Instant.now().minus(Duration.ofDays(10)));

		MvcTestResult recorded = api.post("/api/v1/visits/" + plan.id() + "/record", VISIT.formatted(Instant.now()));

		assertThat(recorded).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.onTime").isEqualTo(false);
		MvcTestResult shown = mvc.get().uri("/api/v1/visits/" + plan.id()).exchange();
		assertThat(shown).bodyJson().extractingPath("$.status.code").isEqualTo("VISITED");
		assertThat(shown).bodyJson().extractingPath("$.onTime").isEqualTo(false);
		assertThat(shown).bodyJson().hasPath("$.recordedAt");
		assertThat(plans.get(plan.id()).onTime()).isFalse();
	}

	@Test
	@DisplayName("VST-8: a record that does not say how the visit was made (a client that predates it) is kept "
			+ "without a method")
	void recordWithoutMethodIsKept() {
		VisitPlan plan = planFromHandledComplaint(Instant.now());

		MvcTestResult recorded = api.post("/api/v1/visits/" + plan.id() + "/record", """
				{"visitedAt":"%s","satisfaction":"VERY_SATISFIED","customerOpinion":"满意","summary":"已回访"}"""
			.formatted(Instant.now()));

		assertThat(recorded).hasStatus(HttpStatus.OK).bodyJson().doesNotHavePath("$.method");
		assertThat(plans.get(plan.id()).method()).isNull();
		assertThat(plans.get(plan.id()).satisfaction()).isEqualTo(Satisfaction.VERY_SATISFIED);
	}

	@Test
	@DisplayName("VST-8: a visit dated before the plan was made answers 422 and the plan stays planned")
	void visitBeforeThePlanAnswers422() {
		VisitPlan plan = planFromHandledComplaint(Instant.now());

		MvcTestResult result = api.post("/api/v1/visits/" + plan.id() + "/record",
				VISIT.formatted(plan.plannedAt().minus(Duration.ofHours(1))));

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("VST-8");
		MvcTestResult shown = mvc.get().uri("/api/v1/visits/" + plan.id()).exchange();
		assertThat(shown).bodyJson().extractingPath("$.status.code").isEqualTo("PLANNED");
		assertThat(shown).bodyJson().doesNotHavePath("$.recordedAt");
	}

	@Test
	@DisplayName("VST-8: plans filtered by status; a visited plan is not listed as planned")
	void visitedPlanIsNotListedAsPlanned() {
		VisitPlan visited = planFromHandledComplaint(Instant.now());
		VisitPlan planned = planFromHandledComplaint(Instant.now());
		assertThat(api.post("/api/v1/visits/" + visited.id() + "/record", VISIT.formatted(Instant.now())))
			.hasStatus(HttpStatus.OK);

		MvcTestResult plannedOnes = mvc.get().uri("/api/v1/visits?status=PLANNED&size=200").exchange();
		assertThat(plannedOnes).hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$.items[*].status.code")
			.asArray()
			.containsOnly("PLANNED");
		assertThat(plannedOnes).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains(planned.id().toString())
			.doesNotContain(visited.id().toString());
		assertThat(mvc.get().uri("/api/v1/visits?kind=COMPLAINT&status=VISITED&size=200").exchange()).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains(visited.id().toString())
			.doesNotContain(planned.id().toString());
		assertThat(
				mvc.get().uri("/api/v1/visits?sourceCaseId=" + visited.sourceCaseId() + "&status=PLANNED").exchange())
			.hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$.items")
			.asArray()
			.isEmpty();
		assertThat(
				mvc.get().uri("/api/v1/visits?sourceCaseId=" + visited.sourceCaseId() + "&status=VISITED").exchange())
			.bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly(visited.id().toString());
	}

	@Test
	@DisplayName("VST-8: a visit that has not taken place yet answers 400 and the plan stays planned")
	void futureVisitAnswers400() {
		VisitPlan plan = planFromHandledComplaint(Instant.now());

		MvcTestResult result = api.post("/api/v1/visits/" + plan.id() + "/record",
				VISIT.formatted(Instant.now().plus(Duration.ofDays(1))));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.get().uri("/api/v1/visits/" + plan.id()).exchange()).bodyJson()
			.extractingPath("$.status.code")
			.isEqualTo("PLANNED");
	}

	@Test
	void recordingWithoutSatisfactionAnswers400() {
		MvcTestResult result = api.post("/api/v1/visits/" + UUID.randomUUID() + "/record", """
				{"visitedAt":"2026-11-22T07:00:00Z","summary":"已回访"}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("satisfaction");
	}

	@Test
	void unknownPlanAnswers404() {
		MvcTestResult result = api.post("/api/v1/visits/" + UUID.randomUUID() + "/record",
				VISIT.formatted("2026-11-22T07:00:00Z"));

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void staleIfMatchAnswers412() {
		VisitPlan plan = planFromHandledComplaint(Instant.now());

		MvcTestResult result = mvc.post()
			.uri("/api/v1/visits/" + plan.id() + "/record")
			.header("If-Match", "\"7\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(VISIT.formatted("2026-11-22T07:00:00Z"))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.PRECONDITION_FAILED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	/**
	 * A complaint revisit plan, planned from complaint.resolved as in production: planned
	 * when it is consumed, due three days after the complaint was handled.
	 */
	private VisitPlan planFromHandledComplaint(Instant resolvedAt) {
		return new HandledComplaints(kafka, json, plans)
			.revisitPlanOf(HandledComplaints.handled("TS20261120-0001", resolvedAt));
	}

	private ConsumerRecord<String, String> awaitOnTopic(String key, String type) {
		return TopicRecords.awaitFirst(SharedInfra.get().kafka().bootstrapServers(), Topics.VISIT_EVENTS,
				TopicRecords.keyAndType(key, type));
	}

}
