package cn.aode.servicedesk.visit.report.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.visit.plan.VisitPlan;
import cn.aode.servicedesk.visit.plan.HandledComplaints;
import cn.aode.servicedesk.visit.plan.VisitPlanService;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visit reports counted in SQL from real records (VST-10) and the supervisor's review of
 * reports and records (VST-11), against real PostgreSQL and Kafka.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class ReturnVisitReportApiIntegrationTests {

	private static final String SUPERVISOR = TestTokens.staff("sup-01", Role.SUPERVISOR);

	private static final String REVIEW = """
			{"outcome":"%s","guidance":"补充超期回访的原因及改进措施"}""";

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JsonMapper json;

	@Autowired
	VisitPlanService plans;

	@Autowired
	MockMvcTester mvc;

	@Test
	@DisplayName("VST-10: a report counts the visits of its period and visitor in SQL: by satisfaction level and "
			+ "overdue; by kind too; the author is the caller; a scope without visits answers 422 VST-10")
	void reportCountsTheRecords() {
		String visitor = "staff-" + UUID.randomUUID().toString().substring(0, 8);
		JsonCalls author = new JsonCalls(mvc).as(TestTokens.staff(visitor, Role.SPECIALIST));
		record(author, special(author), "VERY_SATISFIED");
		record(author, special(author), "DISSATISFIED");
		record(author, overdueComplaintRevisit(), "VERY_DISSATISFIED");
		LocalDate today = LocalDate.now(CaseNumbers.BUSINESS_ZONE);

		MvcTestResult written = author.post("/api/v1/visits/reports", report(today, visitor, null));

		assertThat(written).hasStatus(HttpStatus.CREATED);
		assertThat(written.getResponse().getHeader(HttpHeaders.LOCATION))
			.matches("/api/v1/visits/reports/[0-9a-f-]{36}");
		assertThat(written).bodyJson().extractingPath("$.figures.visits").isEqualTo(3);
		assertThat(written).bodyJson()
			.extractingPath("$.figures.satisfaction")
			.isEqualTo(Map.of("VERY_SATISFIED", 1, "SATISFIED", 0, "BASICALLY_SATISFIED", 0, "DISSATISFIED", 1,
					"VERY_DISSATISFIED", 1));
		assertThat(written).bodyJson().extractingPath("$.figures.overdue").isEqualTo(1);
		assertThat(written).bodyJson().extractingPath("$.authorStaffId").isEqualTo(visitor);
		assertThat(written).bodyJson().extractingPath("$.review.state.code").isEqualTo("PENDING");
		assertThat(written).bodyJson().extractingPath("$.number").asString().startsWith("HFBG");
		assertThat(author.post("/api/v1/visits/reports", report(today, visitor, "SPECIAL"))).bodyJson()
			.extractingPath("$.figures.visits")
			.isEqualTo(2);
		MvcTestResult none = author.post("/api/v1/visits/reports", report(today, "staff-nobody", null));
		assertProblem(none, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(none).bodyJson().extractingPath("$.rule").isEqualTo("VST-10");
	}

	@Test
	@DisplayName("VST-11: only a supervisor reviews a report (403 naming VST-11 otherwise), once; its review state "
			+ "is listed, paginated")
	void supervisorReviewsAReport() throws Exception {
		String visitor = "staff-" + UUID.randomUUID().toString().substring(0, 8);
		JsonCalls author = new JsonCalls(mvc).as(TestTokens.staff(visitor, Role.SPECIALIST));
		record(author, special(author), "SATISFIED");
		String location = author
			.post("/api/v1/visits/reports", report(LocalDate.now(CaseNumbers.BUSINESS_ZONE), visitor, null))
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);
		String id = location.substring(location.lastIndexOf('/') + 1);
		assertThat(ids("/api/v1/visits/reports?reviewState=PENDING&size=200")).contains(id);

		MvcTestResult refused = author.post(location + "/review", REVIEW.formatted("REVIEWED"));
		assertProblem(refused, HttpStatus.FORBIDDEN, "forbidden");
		assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("VST-11");

		JsonCalls supervisor = author.as(SUPERVISOR);
		MvcTestResult reviewed = supervisor.post(location + "/review", "\"0\"",
				REVIEW.formatted("RETURNED_FOR_REWORK"));
		assertThat(reviewed).hasStatusOk().hasHeader("ETag", "\"1\"");
		assertThat(reviewed).bodyJson()
			.extractingPath("$.review.state")
			.isEqualTo(Map.of("code", "RETURNED_FOR_REWORK", "zh", "退回整改", "en", "Returned for rework"));
		assertThat(reviewed).bodyJson().extractingPath("$.review.by").isEqualTo("sup-01");
		assertThat(reviewed).bodyJson().extractingPath("$.review.guidance").isEqualTo("补充超期回访的原因及改进措施");
		assertProblem(supervisor.post(location + "/review", REVIEW.formatted("REVIEWED")), HttpStatus.CONFLICT,
				"invalid-state");
		assertThat(ids("/api/v1/visits/reports?reviewState=PENDING&size=200")).doesNotContain(id);
		assertThat(ids("/api/v1/visits/reports?reviewState=RETURNED_FOR_REWORK&size=200")).contains(id);
		assertThat(supervisor.get("/api/v1/visits/reports?size=1")).bodyJson().extractingPath("$.size").isEqualTo(1);

		String revision = """
				{"summary":"本月回访 1 次，1 次超期，原因是客户出差","evaluation":"今后提前与客户确认时间"}""";
		MvcTestResult notTheAuthor = author.as(TestTokens.staff("staff-other", Role.SPECIALIST))
			.post(location + "/revision", revision);
		assertProblem(notTheAuthor, HttpStatus.FORBIDDEN, "forbidden");
		assertThat(notTheAuthor).bodyJson().extractingPath("$.rule").isEqualTo("VST-11");
		MvcTestResult revised = author.post(location + "/revision", "\"1\"", revision);
		assertThat(revised).hasStatusOk().hasHeader("ETag", "\"2\"");
		assertThat(revised).bodyJson().extractingPath("$.review.state.code").isEqualTo("PENDING");
		assertThat(revised).bodyJson().extractingPath("$.summary").isEqualTo("本月回访 1 次，1 次超期，原因是客户出差");
		assertProblem(author.post(location + "/revision", revision), HttpStatus.CONFLICT, "invalid-state");
		assertThat(supervisor.post(location + "/review", REVIEW.formatted("REVIEWED"))).hasStatusOk();
		assertThat(author.as(TestTokens.customer("CRM-100234")).get("/api/v1/visits/reports"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@DisplayName("VST-11: the supervisor reviews a visit's record with guidance (403 naming VST-11 for anyone "
			+ "else; 409 before the visit); plans are listed by the review state of their records")
	void supervisorReviewsARecord() throws Exception {
		JsonCalls visitor = new JsonCalls(mvc).as(TestTokens.staff("staff-031", Role.SPECIALIST));
		VisitPlan plan = plans.get(UUID.fromString(special(visitor)));
		JsonCalls supervisor = visitor.as(SUPERVISOR);
		assertProblem(supervisor.post("/api/v1/visits/" + plan.id() + "/review", REVIEW.formatted("REVIEWED")),
				HttpStatus.CONFLICT, "invalid-state");
		record(visitor, plan.id().toString(), "SATISFIED");
		assertThat(ids("/api/v1/visits?reviewState=PENDING&size=200")).contains(plan.id().toString());

		MvcTestResult refused = visitor.post("/api/v1/visits/" + plan.id() + "/review", REVIEW.formatted("REVIEWED"));
		assertProblem(refused, HttpStatus.FORBIDDEN, "forbidden");
		assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("VST-11");

		MvcTestResult reviewed = supervisor.post("/api/v1/visits/" + plan.id() + "/review",
				REVIEW.formatted("REVIEWED"));
		assertThat(reviewed).hasStatusOk().bodyJson().extractingPath("$.review.state.code").isEqualTo("REVIEWED");
		assertThat(plans.get(plan.id()).review().by()).isEqualTo("sup-01");
		assertThat(ids("/api/v1/visits?reviewState=REVIEWED&size=200")).contains(plan.id().toString());
		assertThat(ids("/api/v1/visits?reviewState=PENDING&size=200")).doesNotContain(plan.id().toString());
	}

	private List<String> ids(String uri) throws Exception {
		return JsonPath.read(new JsonCalls(mvc).as(SUPERVISOR).get(uri).getResponse().getContentAsString(),
				"$.items[*].id");
	}

	private static String report(LocalDate today, String visitor, String kind) {
		return """
				{"from":"%s","to":"%s","visitorStaffId":"%s",%s
				 "summary":"本期回访若干次","evaluation":"总体满意，超期需改进"}""".formatted(today.minusDays(1), today, visitor,
				kind == null ? "" : "\"kind\":\"" + kind + "\",");
	}

	/** A special visit planned by the caller, due in five days; its id. */
	private static String special(JsonCalls staff) {
		LocalDate dueBy = LocalDate.now(CaseNumbers.BUSINESS_ZONE).plusDays(5);
		MvcTestResult created = staff.post("/api/v1/visits", """
				{"kind":"SPECIAL","customerId":"CRM-300100","customerName":"赵敏","customerPhone":"13700003333",
				 "content":"安全用气宣传","purpose":"征询意见","dueBy":"%s"}""".formatted(dueBy));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private static void record(JsonCalls visitor, String planId, String satisfaction) {
		assertThat(visitor.post("/api/v1/visits/" + planId + "/record", """
				{"visitedAt":"%s","method":"PHONE","satisfaction":"%s","customerOpinion":"意见","summary":"已回访"}"""
			.formatted(Instant.now(), satisfaction))).hasStatusOk();
	}

	/** A complaint revisit due a week ago, planned from complaint.resolved; its id. */
	private String overdueComplaintRevisit() {
		return new HandledComplaints(kafka, json, plans)
			.revisitPlanOf(HandledComplaints.handled("TS20261120-0009", Instant.now().minus(Duration.ofDays(10))))
			.id()
			.toString();
	}

}
