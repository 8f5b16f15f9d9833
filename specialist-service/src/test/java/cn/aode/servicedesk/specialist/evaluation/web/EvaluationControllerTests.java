package cn.aode.servicedesk.specialist.evaluation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.WebSlice;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.specialist.evaluation.AnnualEvaluation;
import cn.aode.servicedesk.specialist.staff.RecordEntryKind;
import cn.aode.servicedesk.specialist.staff.RecordSource;
import cn.aode.servicedesk.specialist.staff.StaffRecordEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The evaluation API's JSON and problem shapes, on a mocked evaluation (no database, no
 * broker).
 */
@WebSlice(EvaluationController.class)
class EvaluationControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AnnualEvaluation evaluation;

	@Test
	@DisplayName("SPC-7: the ranking shows each specialist's measured year")
	void showsTheRanking() {
		given(evaluation.ranking(2025)).willReturn(
				List.of(new AnnualEvaluation.Result(1, "eval-a", "甲", "CSC", 2, 2, 1.0, 0, 0, 0.0, 0, 0, 100.0)));

		assertThat(mvc.get().uri("/api/v1/specialists/evaluation?year=2025").exchange()).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					[{"rank":1,"staffId":"eval-a","name":"甲","departmentId":"CSC","deadlinesCompleted":2,
					  "completedOnTime":2,"onTimeRate":1.0,"visits":0,"satisfiedVisits":0,"satisfactionRate":0.0,
					  "penalties":0,"upheldComplaints":0,"score":100.0}]""");
	}

	@Test
	void aYearOutOfRangeAnswers400Problem() {
		MvcTestResult result = mvc.get().uri("/api/v1/specialists/evaluation?year=1999").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		verifyNoInteractions(evaluation);
	}

	@Test
	@DisplayName("SPC-7, X-1: a commendation answers 201 with who decided it and when")
	void commendingAnswers201() {
		given(evaluation.commend(2025, List.of("eval-a"), "eval-gm", "按时办结率第一"))
			.willReturn(List.of(new StaffRecordEntry(UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"), "eval-a",
					RecordEntryKind.COMMENDATION, "SPC-7", null, RecordSource.ANNUAL_COMMENDATION, "2025年度通报表扬：按时办结率第一",
					"SPC-7/2025", Instant.parse("2026-01-05T02:00:00Z"), "eval-gm", null)));

		MvcTestResult result = new JsonCalls(mvc).as(TestTokens.staff("eval-gm"))
			.post("/api/v1/specialists/commendations", """
					{"year":2025,"staffIds":["eval-a"],"reason":"按时办结率第一"}""");

		assertThat(result).hasStatus(HttpStatus.CREATED).bodyJson().isStrictlyEqualTo("""
				[{"id":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f","staffId":"eval-a","detail":"2025年度通报表扬：按时办结率第一",
				  "recordedAt":"2026-01-05T02:00:00Z","recordedBy":"eval-gm"}]""");
	}

	@Test
	@DisplayName("SPC-7: a commendation by anyone but the general manager is refused with 422 naming the rule")
	void aRuleRefusalAnswers422WithTheRule() {
		given(evaluation.commend(2025, List.of("eval-a"), "eval-b", "按时办结率第一")).willThrow(
				new RuleViolationException("SPC-7", "The annual commendation is decided by the general manager"));

		MvcTestResult result = new JsonCalls(mvc).as(TestTokens.staff("eval-b"))
			.post("/api/v1/specialists/commendations", """
					{"year":2025,"staffIds":["eval-a"],"reason":"按时办结率第一"}""");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("SPC-7");
	}

	@Test
	void anInvalidCommendationAnswers400WithEachFieldError() {
		MvcTestResult result = new JsonCalls(mvc).post("/api/v1/specialists/commendations", """
				{"year":1999,"staffIds":[],"reason":"好"}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("year", "staffIds");
		verifyNoInteractions(evaluation);
	}

}
