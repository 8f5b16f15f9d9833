package cn.aode.servicedesk.deadline.clock.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.deadline.clock.ClockRequest;
import cn.aode.servicedesk.deadline.clock.ClockStatus;
import cn.aode.servicedesk.deadline.clock.CustomerExplanation;
import cn.aode.servicedesk.deadline.clock.DeadlineClockService;
import cn.aode.servicedesk.deadline.clock.DeadlineSource;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.WebSlice;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.ProblemDetailsAdvice;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.security.Role;

import static cn.aode.servicedesk.deadline.clock.DeadlineClockFixtures.ID;
import static cn.aode.servicedesk.deadline.clock.DeadlineClockFixtures.answerRejected;
import static cn.aode.servicedesk.deadline.clock.DeadlineClockFixtures.running;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The deadline API's JSON and problem shapes, on a mocked service (no database, no
 * broker).
 */
@WebSlice(DeadlineController.class)
class DeadlineControllerTests {

	private static final String CLOCK = "/api/v1/deadlines/" + ID;

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	DeadlineClockService service;

	@Test
	void showsAClockWithItsLabelsAndVersion() {
		given(service.get(ID)).willReturn(running());

		MvcTestResult result = mvc.get().uri(CLOCK).exchange();

		assertThat(result).hasStatusOk().hasHeader("ETag", "\"3\"");
		assertThat(result).bodyJson()
			.isStrictlyEqualTo(
					"""
							{"id":"6f1c2a8e-3b7d-4c1e-9a52-0d4e8f7b1a11",
							 "subject":{"service":"specialist-service","caseId":"need-1","caseNumber":"XQ20251113-0001","purpose":"complete"},
							 "title":"客户用气需求办理",
							 "source":{"code":"LEADER_INSTRUCTION","zh":"领导批办","en":"Leader's instruction"},
							 "policy":"PT4WH","startsAt":"2025-11-13T02:00:00Z","dueAt":"2025-11-14T10:00:00Z",
							 "warnAt":"2025-11-14T06:00:00Z",
							 "status":{"code":"RUNNING","zh":"计时中","en":"Running"},
							 "responsibleStaffId":"staff-101","department":"市场部","writtenReplyRequired":false,
							 "progressReported":false,"version":3}""");
	}

	@Test
	@DisplayName("DL-2: registering a limit passes its source and subject on and answers 201 with its location")
	void registersAClock() {
		given(service.start(any())).willReturn(running());

		MvcTestResult result = json().post("/api/v1/deadlines",
				"""
						{"subject":{"service":"specialist-service","caseId":"need-1","caseNumber":"XQ20251113-0001","purpose":"complete"},
						 "title":"客户用气需求办理","policy":"PT4WH","source":"LEADER_INSTRUCTION",
						 "responsibleStaffId":"staff-101","department":"市场部"}""");

		assertThat(result).hasStatus(HttpStatus.CREATED).hasHeader("Location", CLOCK).hasHeader("ETag", "\"3\"");
		ArgumentCaptor<ClockRequest> request = ArgumentCaptor.forClass(ClockRequest.class);
		verify(service).start(request.capture());
		assertThat(request.getValue()).isEqualTo(
				new ClockRequest(new DeadlineSubject("specialist-service", "need-1", "XQ20251113-0001", "complete"),
						"客户用气需求办理", "PT4WH", null, DeadlineSource.LEADER_INSTRUCTION, "staff-101", "市场部", false, null));
	}

	@Test
	void missingFieldsAnswer400WithEveryFieldError() {
		MvcTestResult result = json().post("/api/v1/deadlines", "{\"policy\":\"P1WD\"}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(ProblemDetailsAdvice.TYPE_BASE + "validation");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("subject", "title", "source", "responsibleStaffId", "department");
		verifyNoInteractions(service);
	}

	@Test
	void anUnknownSourceOrAnUnreadableBodyAnswers400() {
		assertThat(json().post("/api/v1/deadlines", "{\"source\":\"RUMOUR\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo(ProblemDetailsAdvice.TYPE_BASE + "unreadable");
		assertThat(mvc.get().uri("/api/v1/deadlines/not-a-uuid").exchange()).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		verifyNoInteractions(service);
	}

	@Test
	void anUnknownClockAnswers404() {
		given(service.get(ID)).willThrow(new NotFoundException("Deadline clock", ID));

		MvcTestResult result = mvc.get().uri(CLOCK).exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"type":"urn:servicedesk:problem:not-found","title":"Not found","status":404,
				 "detail":"Deadline clock 6f1c2a8e-3b7d-4c1e-9a52-0d4e8f7b1a11 does not exist",
				 "instance":"/api/v1/deadlines/6f1c2a8e-3b7d-4c1e-9a52-0d4e8f7b1a11"}""");
	}

	@Test
	void aStepTheClockStateDoesNotAllowAnswers409WithoutARule() {
		given(service.pause(ID, null, "等待客户补充材料"))
			.willThrow(new InvalidStateException("Cannot pause a clock that is completed"));

		MvcTestResult result = json().post(CLOCK + "/pause", "{\"reason\":\"等待客户补充材料\"}");

		assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"type":"urn:servicedesk:problem:invalid-state","title":"Not possible in the current state",
				 "status":409,"detail":"Cannot pause a clock that is completed",
				 "instance":"/api/v1/deadlines/6f1c2a8e-3b7d-4c1e-9a52-0d4e8f7b1a11/pause"}""");
	}

	@Test
	void aStaleIfMatchAnswers412() {
		given(service.satisfy(ID, 2L, true)).willThrow(new StaleVersionException("Deadline clock", ID, 2, 3));

		MvcTestResult result = json().post(CLOCK + "/satisfaction", "\"2\"", "{\"resultTold\":true}");

		assertThat(result).hasStatus(HttpStatus.PRECONDITION_FAILED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo(ProblemDetailsAdvice.TYPE_BASE + "stale-version");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Deadline clock " + ID + " is at version 3, not 2; reload and retry");
	}

	@Test
	void anUnreadableIfMatchAnswers400() {
		assertThat(json().post(CLOCK + "/resume", "version-two", "{}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo(ProblemDetailsAdvice.TYPE_BASE + "invalid-value");
		verifyNoInteractions(service);
	}

	@Test
	@DisplayName("DL-1: a refusal by a rule answers 422 naming the rule")
	void aRuleRefusalAnswers422WithTheRule() {
		given(service.pause(eq(ID), eq(null), any()))
			.willThrow(new RuleViolationException("DL-1", "The limit has already run out"));

		MvcTestResult result = json().post(CLOCK + "/pause", "{\"reason\":\"太晚了\"}");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"type":"urn:servicedesk:problem:rule-violation","title":"Refused by rule DL-1","status":422,
				 "detail":"The limit has already run out","rule":"DL-1",
				 "instance":"/api/v1/deadlines/6f1c2a8e-3b7d-4c1e-9a52-0d4e8f7b1a11/pause"}""");
	}

	@Test
	@DisplayName("DL-5: a rejected answer shows who rejected it, when and why")
	void showsTheAnswerRejection() {
		Instant completed = Instant.parse("2025-11-14T08:00:00Z");
		Instant rejected = Instant.parse("2025-11-15T02:00:00Z");
		given(service.rejectAnswer(ID, 4L, "答复与承诺的通气时间不符", "clerk-1")).willReturn(answerRejected(completed, rejected));

		MvcTestResult result = json().post(CLOCK + "/answer-rejection", "\"4\"", """
				{"reason":"答复与承诺的通气时间不符"}""");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.answerRejection")
			.isEqualTo(java.util.Map.of("rejectedAt", "2025-11-15T02:00:00Z", "rejectedBy", "service-center-07",
					"reason", "答复与承诺的通气时间不符"));
		assertThat(result).bodyJson().extractingPath("$.status.code").isEqualTo("SATISFIED");
		assertThat(result).bodyJson().extractingPath("$.satisfiedAt").isEqualTo("2025-11-14T08:00:00Z");
		assertThat(result).bodyJson().extractingPath("$.resultTold").isEqualTo(true);
		assertThat(json().post(CLOCK + "/answer-rejection", "{\"reason\":\" \"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("reason");
	}

	@Test
	@DisplayName("DL-4, X-1: an explanation to the customer answers 201 with who gave it and when")
	void recordsAnExplanationToTheCustomer() {
		CustomerExplanation explanation = new CustomerExplanation(7, ID, Instant.parse("2025-11-14T03:00:00Z"),
				"staff-101", "燃气表缺货，已电话告知客户预计下周二办结");
		given(service.explainToCustomer(ID, explanation.explanation(), "staff-101")).willReturn(explanation);
		given(service.customerExplanations(ID)).willReturn(List.of(explanation));

		assertThat(json().as(TestTokens.staff("staff-101", Role.SPECIALIST)).post(CLOCK + "/customer-explanations", """
				{"explanation":"燃气表缺货，已电话告知客户预计下周二办结"}""")).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":7,"explainedAt":"2025-11-14T03:00:00Z","explainedBy":"staff-101",
					 "explanation":"燃气表缺货，已电话告知客户预计下周二办结"}""");
		assertThat(mvc.get().uri(CLOCK + "/customer-explanations").exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].explainedBy")
			.asArray()
			.containsExactly("staff-101");
	}

	@Test
	void listsAPageSoonestDueFirstWithTheFiltersGiven() {
		given(service.find(eq(ClockStatus.RUNNING), eq("市场部"), eq(null), any()))
			.willReturn(new PageImpl<>(List.of(running()), Pageable.ofSize(20), 1));

		MvcTestResult result = mvc.get().uri("/api/v1/deadlines?status=RUNNING&department=市场部").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly(ID.toString());
		assertThat(result).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.totalPages").isEqualTo(1);
		ArgumentCaptor<Pageable> page = ArgumentCaptor.forClass(Pageable.class);
		verify(service).find(eq(ClockStatus.RUNNING), eq("市场部"), eq(null), page.capture());
		assertThat(page.getValue().getSort()).isEqualTo(Sort.by("schedule.dueAt"));
		assertThat(mvc.get().uri("/api/v1/deadlines?status=LATE").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void passesTheIfMatchVersionOn() {
		given(service.reportProgress(eq(ID), eq(3L), any(), any(), any())).willReturn(running());
		given(service.satisfy(eq(ID), eq(null), anyBoolean())).willReturn(running());

		assertThat(json().post(CLOCK + "/progress-reports", "W/\"3\"", """
				{"progress":"等待燃气表到货","reason":"供货商延迟发货"}""")).hasStatusOk();
		assertThat(json().post(CLOCK + "/satisfaction", "{\"resultTold\":false}")).hasStatusOk();
		verify(service).reportProgress(ID, 3L, "等待燃气表到货", "供货商延迟发货", "clerk-1");
		verify(service).satisfy(ID, null, false);
	}

	@Test
	@DisplayName("DL-4: an extension is approved by a leader up the chain, from their token; a clerk's answers 403 "
			+ "naming the rule and reaches nothing")
	void extensionsAreApprovedByLeaders() {
		Instant dueAt = Instant.parse("2025-11-20T10:00:00Z");
		given(service.extend(ID, null, dueAt, "等待规划部门审批", "head-01")).willReturn(running());
		String extension = "{\"dueAt\":\"2025-11-20T10:00:00Z\",\"reason\":\"等待规划部门审批\",\"approvedBy\":\"gm-01\"}";

		MvcTestResult byAClerk = json().post(CLOCK + "/extension", extension);
		MvcTestResult byTheHead = json().as(TestTokens.staff("head-01", Role.DEPARTMENT_HEAD))
			.post(CLOCK + "/extension", extension);

		assertThat(byAClerk).hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.rule").isEqualTo("DL-4");
		assertThat(byTheHead).hasStatusOk();
		verify(service).extend(ID, null, dueAt, "等待规划部门审批", "head-01");
	}

	private JsonCalls json() {
		return new JsonCalls(mvc);
	}

}
