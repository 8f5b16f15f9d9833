package cn.aode.servicedesk.visit.archive.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

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

import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.visit.plan.Filing;
import cn.aode.servicedesk.visit.plan.HandledComplaints;
import cn.aode.servicedesk.visit.plan.VisitPlan;
import cn.aode.servicedesk.visit.plan.VisitPlanService;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive (VST-12) through the API against real PostgreSQL and Kafka: reviewed
 * records filed by the custodian, searched and exported.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class VisitArchiveApiIntegrationTests {

	private static final String CUSTODIAN = TestTokens.staff("custodian-01", Role.CUSTODIAN);

	private static final String SUPERVISOR = TestTokens.staff("sup-01", Role.SUPERVISOR);

	private static final String CLERK = TestTokens.staff("clerk-1", Role.SERVICE_CENTER_CLERK);

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JsonMapper json;

	@Autowired
	VisitPlanService plans;

	@Autowired
	MockMvcTester mvc;

	@Test
	@DisplayName("VST-12: the custodian files a reviewed record once, classified by kind, customer and quarter; a "
			+ "record not reviewed yet answers 409, anyone but the custodian 403 naming VST-12")
	void custodianFilesReviewedRecords() {
		VisitPlan visited = visitedRevisit();
		String uri = "/api/v1/visits/archive/" + visited.id();

		assertProblem(calls(CUSTODIAN).post(uri, "{}"), HttpStatus.CONFLICT, "invalid-state");
		review(visited);
		MvcTestResult refused = calls(CLERK).post(uri, "{}");
		assertProblem(refused, HttpStatus.FORBIDDEN, "forbidden");
		assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("VST-12");

		MvcTestResult filed = calls(CUSTODIAN).post(uri, "{}");
		assertThat(filed).hasStatusOk();
		assertThat(filed).bodyJson().extractingPath("$.filedBy").isEqualTo("custodian-01");
		assertThat(filed).bodyJson()
			.extractingPath("$.period")
			.isEqualTo(Filing.periodOf(plans.get(visited.id()).visitedAt()));
		assertThat(filed).bodyJson().extractingPath("$.kind.code").isEqualTo("COMPLAINT");
		assertProblem(calls(CUSTODIAN).post(uri, "{}"), HttpStatus.CONFLICT, "invalid-state");
	}

	@Test
	@DisplayName("VST-12: the archive is searched by kind, customer and quarter and exported as CSV, for the "
			+ "custodian, the supervisor and the leaders; a clerk answers 403 naming VST-12")
	void archiveIsSearchedAndExported() {
		VisitPlan visited = visitedRevisit();
		review(visited);
		assertThat(calls(CUSTODIAN).post("/api/v1/visits/archive/" + visited.id(), "{}")).hasStatusOk();
		String period = Filing.periodOf(plans.get(visited.id()).visitedAt());
		String query = "?kind=COMPLAINT&customerId=" + visited.customerId() + "&period=" + period;

		MvcTestResult found = calls(SUPERVISOR).get("/api/v1/visits/archive" + query);
		assertThat(found).hasStatusOk();
		assertThat(found).bodyJson().extractingPath("$.items[0].number").isEqualTo(visited.number());
		assertThat(found).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
		assertThat(calls(SUPERVISOR).get("/api/v1/visits/archive?kind=AFTER_SALES&customerId=" + visited.customerId()))
			.bodyJson()
			.extractingPath("$.totalItems")
			.isEqualTo(0);

		MvcTestResult csv = mvc.get()
			.uri("/api/v1/visits/archive" + query)
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("gm-01", Role.GENERAL_MANAGER))
			.accept("text/csv")
			.exchange();
		assertThat(csv).hasStatusOk();
		String body = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		String[] lines = body.split("\n");
		assertThat(lines[0]).startsWith("\uFEFFnumber,kind,period,customerId");
		assertThat(lines).hasSize(2);
		assertThat(lines[1]).startsWith(visited.number() + ",COMPLAINT," + period + "," + visited.customerId())
			.contains("王丽")
			.contains("\"已致歉，客户说：\"\"满意\"\"\"");

		assertProblem(calls(CLERK).get("/api/v1/visits/archive"), HttpStatus.FORBIDDEN, "forbidden");
		assertProblem(calls(CUSTODIAN).get("/api/v1/visits/archive?period=2026-Q5"), HttpStatus.BAD_REQUEST,
				"validation");
	}

	private VisitPlan visitedRevisit() {
		String customerId = "CRM-" + UUID.randomUUID();
		VisitPlan plan = new HandledComplaints(kafka, json, plans)
			.revisitPlanOf(new ComplaintResolved(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
					"TS-" + UUID.randomUUID().toString().substring(0, 8), customerId, "王丽", "13812345678", "staff-017",
					"已上门更换燃气表", "COMPANY_RESPONSIBLE", null));
		assertThat(
				calls(TestTokens.staff("spc-01", Role.SPECIALIST)).post("/api/v1/visits/" + plan.id() + "/record", """
						{"visitedAt":"%s","method":"PHONE","satisfaction":"SATISFIED","customerOpinion":"处理及时",
						 "summary":"已致歉，客户说：\\"满意\\""}""".formatted(Instant.now())))
			.hasStatusOk();
		return plans.get(plan.id());
	}

	private void review(VisitPlan visited) {
		assertThat(calls(SUPERVISOR).post("/api/v1/visits/" + visited.id() + "/review",
				"{\"outcome\":\"REVIEWED\",\"guidance\":\"记录完整\"}"))
			.hasStatusOk();
	}

	private JsonCalls calls(String token) {
		return new JsonCalls(mvc).as(token);
	}

}
