package cn.aode.servicedesk.visit.report.web;

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
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.visit.plan.ReviewDecision;
import cn.aode.servicedesk.visit.plan.ReviewState;
import cn.aode.servicedesk.visit.report.ReportDraft;
import cn.aode.servicedesk.visit.report.ReportScope;
import cn.aode.servicedesk.visit.report.ReturnVisitReportFixtures;
import cn.aode.servicedesk.visit.report.ReturnVisitReportService;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The visit report API's JSON and problem shapes, without a database (VST-10, VST-11).
 */
@WebSlice(ReturnVisitReportController.class)
class ReturnVisitReportControllerTests {

	private static final UUID ID = UUID.fromString("5b0c2f4e-1b7a-4a43-9b53-5f0b5f7c1a02");

	private static final String AUTHOR = TestTokens.staff("staff-031", Role.SPECIALIST);

	private static final String REVIEW = """
			{"outcome":"REVIEWED","guidance":"同意"}""";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ReturnVisitReportService reports;

	@Test
	@DisplayName("VST-10: writing a report answers 201 with Location; the author is the caller; figures read by "
			+ "satisfaction code, the review state with its labels")
	void writingAnswersCreated() {
		given(reports.write(eq(new ReportDraft(
				new ReportScope(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), null, null), "总结", "评价")),
				eq("staff-031")))
			.willReturn(ReturnVisitReportFixtures.pending(ID));

		MvcTestResult result = new JsonCalls(mvc).as(AUTHOR).post("/api/v1/visits/reports", """
				{"from":"2026-11-01","to":"2026-11-30","summary":"总结","evaluation":"评价"}""");

		assertThat(result).hasStatus(HttpStatus.CREATED)
			.hasHeader("Location", "/api/v1/visits/reports/" + ID)
			.hasHeader("ETag", "\"0\"");
		assertThat(result).bodyJson().extractingPath("$.figures.visits").isEqualTo(4);
		assertThat(result).bodyJson().extractingPath("$.figures.satisfaction.SATISFIED").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.figures.overdue").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.kind.zh").isEqualTo("投诉回访");
		assertThat(result).bodyJson()
			.extractingPath("$.review.state")
			.isEqualTo(Map.of("code", "PENDING", "zh", "待审核", "en", "Pending review"));
		assertThat(result).bodyJson().doesNotHavePath("$.review.by");
	}

	@Test
	@DisplayName("VST-10: a report without period, summary or evaluation answers 400 naming each field")
	void missingFieldsAnswer400() {
		MvcTestResult result = new JsonCalls(mvc).as(AUTHOR).post("/api/v1/visits/reports", "{}");

		assertProblem(result, HttpStatus.BAD_REQUEST, "validation");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("from", "to", "summary", "evaluation");
		verifyNoInteractions(reports);
	}

	@Test
	@DisplayName("VST-11: anyone but a supervisor reviewing a report answers 403 problem+json naming VST-11 and "
			+ "reaches no service")
	void nonSupervisorIsRefusedByVst11() {
		for (String caller : List.of(AUTHOR, TestTokens.staff("gm-01", Role.GENERAL_MANAGER))) {
			MvcTestResult result = new JsonCalls(mvc).as(caller)
				.post("/api/v1/visits/reports/" + ID + "/review", REVIEW);

			assertProblem(result, HttpStatus.FORBIDDEN, "forbidden");
			assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("VST-11");
		}
		verifyNoInteractions(reports);
	}

	@Test
	@DisplayName("VST-11: the supervisor's review reaches the service with the supervisor from the token")
	void supervisorReviews() {
		given(reports.review(eq(ID), eq(0L), eq(new ReviewDecision(ReviewState.REVIEWED, "同意")), eq("sup-01")))
			.willReturn(ReturnVisitReportFixtures.pending(ID));

		assertThat(new JsonCalls(mvc).as(TestTokens.staff("sup-01", Role.SUPERVISOR))
			.post("/api/v1/visits/reports/" + ID + "/review", "\"0\"", REVIEW)).hasStatusOk();
	}

	@Test
	@DisplayName("VST-11: reports are listed as a page, filtered by review state; a customer is refused (403)")
	void listIsAPageForStaff() {
		given(reports.find(eq(ReviewState.PENDING), any()))
			.willReturn(new PageImpl<>(List.of(ReturnVisitReportFixtures.pending(ID)), PageRequest.of(0, 20), 1));

		MvcTestResult result = new JsonCalls(mvc).as(AUTHOR).get("/api/v1/visits/reports?reviewState=PENDING");

		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.items[0].number").isEqualTo("HFBG20261202-0001");
		assertThat(result).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
		assertProblem(new JsonCalls(mvc).as(TestTokens.customer("CRM-100234")).get("/api/v1/visits/reports"),
				HttpStatus.FORBIDDEN, "forbidden");
	}

}
