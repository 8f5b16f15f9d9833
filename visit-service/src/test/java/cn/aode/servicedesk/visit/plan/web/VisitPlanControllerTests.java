package cn.aode.servicedesk.visit.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.WebSlice;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.visit.plan.NewVisit;
import cn.aode.servicedesk.visit.plan.Satisfaction;
import cn.aode.servicedesk.visit.plan.VisitAgenda;
import cn.aode.servicedesk.visit.plan.VisitKind;
import cn.aode.servicedesk.visit.plan.VisitPlan;
import cn.aode.servicedesk.visit.plan.VisitPlanFixtures;
import cn.aode.servicedesk.visit.plan.VisitMethod;
import cn.aode.servicedesk.visit.plan.VisitPlanService;
import cn.aode.servicedesk.visit.plan.VisitReport;
import cn.aode.servicedesk.visit.plan.VisitedCustomer;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/** The visit plan API's JSON and problem shapes, without a database. */
@WebSlice(VisitPlanController.class)
class VisitPlanControllerTests {

	/** The specialist who visits the customer and records the visit (VST-8). */
	private static final String VISITOR = TestTokens.staff("staff-031", Role.SPECIALIST);

	private static final UUID ID = UUID.fromString("7d0c2f4e-1b7a-4a43-9b53-5f0b5f7c1a01");

	private static final String VISIT = """
			{"visitedAt":"2026-11-29T02:00:00Z","method":"PHONE","satisfaction":"SATISFIED",
			 "customerOpinion":"满意","problemsFound":"表箱门锈蚀","summary":"已回访"}""";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	VisitPlanService plans;

	@Test
	@DisplayName("A plan reads as JSON with its version as ETag, labels in Chinese and English, and no record fields yet")
	void planReadsWithLabelsAndETag() {
		given(plans.get(ID)).willReturn(plan());

		MvcTestResult result = mvc.get().uri("/api/v1/visits/" + ID).exchange();

		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON).hasHeader("ETag", "\"0\"");
		assertThat(result).bodyJson().extractingPath("$.number").isEqualTo("HF20261127-0001");
		assertThat(result).bodyJson()
			.extractingPath("$.kind")
			.isEqualTo(Map.of("code", "COMPLAINT", "zh", "投诉回访", "en", "Complaint"));
		assertThat(result).bodyJson()
			.extractingPath("$.status")
			.isEqualTo(Map.of("code", "PLANNED", "zh", "待回访", "en", "Planned"));
		assertThat(result).bodyJson().extractingPath("$.sourceCaseNumber").isEqualTo("TS20261127-0001");
		assertThat(result).bodyJson().extractingPath("$.customerPhone").isEqualTo("13812345678");
		assertThat(result).bodyJson().extractingPath("$.dueBy").isEqualTo("2026-11-30");
		assertThat(result).bodyJson().doesNotHavePath("$.visitedAt").doesNotHavePath("$.satisfaction");
	}

	@Test
	@DisplayName("The plan list is a page with items, page, size and totals")
	void listIsAPage() {
		given(plans.find(eq(new VisitPlanService.Filter(null, null, null, null, null)), any()))
			.willReturn(new PageImpl<>(List.of(plan()), PageRequest.of(0, 20), 1));

		MvcTestResult result = mvc.get().uri("/api/v1/visits").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.items[0].number").isEqualTo("HF20261127-0001");
		assertThat(result).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.size").isEqualTo(20);
	}

	@Test
	@DisplayName("A record without satisfaction answers 400 problem+json naming the field, and reaches no service")
	void missingFieldsAnswer400() {
		MvcTestResult result = new JsonCalls(mvc).as(VISITOR)
			.post("/api/v1/visits/" + ID + "/record", "{\"visitedAt\":\"2026-11-29T02:00:00Z\",\"summary\":\"已回访\"}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("satisfaction");
		verifyNoInteractions(plans);
	}

	@Test
	@DisplayName("VST-1, VST-5: planning a visit answers 201 with Location and ETag; the planner is the caller")
	void planningAnswersCreated() {
		given(plans.plan(
				eq(new NewVisit(VisitKind.SPECIAL, new VisitedCustomer("CRM-200501", "张伟", "13900002222"),
						new VisitAgenda("冬季安全用气检查", "检查燃气设施"), LocalDate.parse("2026-12-10"), null, null, false)),
				eq("staff-031")))
			.willReturn(plan());

		MvcTestResult result = new JsonCalls(mvc).as(VISITOR).post("/api/v1/visits", """
				{"kind":"SPECIAL","customerId":"CRM-200501","customerName":"张伟","customerPhone":"13900002222",
				 "content":"冬季安全用气检查","purpose":"检查燃气设施","dueBy":"2026-12-10"}""");

		assertThat(result).hasStatus(HttpStatus.CREATED)
			.hasHeader("Location", "/api/v1/visits/" + ID)
			.hasHeader("ETag", "\"0\"");
		assertThat(result).bodyJson().extractingPath("$.id").isEqualTo(ID.toString());
	}

	@Test
	@DisplayName("VST-5: a plan without kind, customer, content, purpose or due date answers 400 naming each field")
	void planningWithoutFieldsAnswers400() {
		MvcTestResult result = new JsonCalls(mvc).as(VISITOR).post("/api/v1/visits", "{}");

		assertProblem(result, HttpStatus.BAD_REQUEST, "validation");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("kind", "customerName", "customerPhone", "content", "purpose", "dueBy");
		verifyNoInteractions(plans);
	}

	@Test
	@DisplayName("VST-8: a method of visit other than PHONE, ON_SITE or WECHAT answers 400 problem+json")
	void unknownMethodAnswers400() {
		MvcTestResult result = new JsonCalls(mvc).as(VISITOR).post("/api/v1/visits/" + ID + "/record", """
				{"visitedAt":"2026-11-29T02:00:00Z","method":"LETTER","satisfaction":"SATISFIED","summary":"已回访"}""");

		assertProblem(result, HttpStatus.BAD_REQUEST, "unreadable");
		verifyNoInteractions(plans);
	}

	@Test
	@DisplayName("Refusals keep their shapes: 404 unknown, 409 already recorded, 412 stale If-Match, 422 with the rule")
	void refusalsAnswerProblemShapes() {
		JsonCalls api = new JsonCalls(mvc).as(VISITOR);
		given(plans.record(eq(ID), eq(null), any(VisitReport.class))).willThrow(new NotFoundException("Visit plan", ID))
			.willThrow(new InvalidStateException("Visit plan HF20261127-0001 was already recorded"))
			.willThrow(new RuleViolationException("VST-4", "A complaint revisit records the customer's view"));
		given(plans.record(eq(ID), eq(3L), any(VisitReport.class)))
			.willThrow(new StaleVersionException("Visit plan", ID, 3, 4));

		assertProblem(api.post("/api/v1/visits/" + ID + "/record", VISIT), HttpStatus.NOT_FOUND, "not-found");
		assertProblem(api.post("/api/v1/visits/" + ID + "/record", VISIT), HttpStatus.CONFLICT, "invalid-state");
		MvcTestResult rule = api.post("/api/v1/visits/" + ID + "/record", VISIT);
		assertProblem(rule, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(rule).bodyJson().extractingPath("$.rule").isEqualTo("VST-4");
		assertProblem(api.post("/api/v1/visits/" + ID + "/record", "\"3\"", VISIT), HttpStatus.PRECONDITION_FAILED,
				"stale-version");
	}

	@Test
	@DisplayName("The report of a visit reaches the service as the visitor sent it")
	void recordPassesTheReport() {
		given(plans.record(eq(ID), eq(0L), eq(new VisitReport(Instant.parse("2026-11-29T02:00:00Z"), "staff-031",
				VisitMethod.PHONE, Satisfaction.SATISFIED, "满意", "表箱门锈蚀", "已回访"))))
			.willReturn(plan());

		assertThat(new JsonCalls(mvc).as(VISITOR).post("/api/v1/visits/" + ID + "/record", "\"0\"", VISIT))
			.hasStatusOk()
			.hasHeader("ETag", "\"0\"");
	}

	@Test
	@DisplayName("VST-11: anyone but a supervisor reviewing a visit record answers 403 naming VST-11 and reaches no "
			+ "service; a review without guidance answers 400")
	void recordReviewIsForSupervisors() {
		MvcTestResult refused = new JsonCalls(mvc).as(VISITOR)
			.post("/api/v1/visits/" + ID + "/review", "{\"outcome\":\"REVIEWED\",\"guidance\":\"同意\"}");

		assertProblem(refused, HttpStatus.FORBIDDEN, "forbidden");
		assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("VST-11");
		assertProblem(
				new JsonCalls(mvc).as(TestTokens.staff("sup-01", Role.SUPERVISOR))
					.post("/api/v1/visits/" + ID + "/review", "{\"outcome\":\"REVIEWED\"}"),
				HttpStatus.BAD_REQUEST, "validation");
		verifyNoInteractions(plans);
	}

	private static VisitPlan plan() {
		return VisitPlanFixtures.plannedComplaintRevisit(ID);
	}

}
