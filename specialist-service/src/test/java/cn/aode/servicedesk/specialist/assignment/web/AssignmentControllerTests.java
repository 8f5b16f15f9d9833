package cn.aode.servicedesk.specialist.assignment.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.WebSlice;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;
import cn.aode.servicedesk.specialist.assignment.AssignmentFixtures;
import cn.aode.servicedesk.specialist.assignment.AssignmentService;
import cn.aode.servicedesk.specialist.assignment.Workload;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The assignment API's JSON and problem shapes, on a mocked service (no database, no
 * broker).
 */
@WebSlice(AssignmentController.class)
class AssignmentControllerTests {

	private static final Instant ASSIGNED_AT = Instant.parse("2026-11-27T02:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AssignmentService service;

	@Test
	@DisplayName("SPC-1, X-1: an assignment answers 201 with who assigned the specialist, when and why")
	void assigningAnswers201WithWhoAndWhen() {
		given(service.assign("CRM-A1", "staff-a1", "片区服务专员", "head-01"))
			.willReturn(AssignmentFixtures.active("CRM-A1", "staff-a1", ASSIGNED_AT));

		MvcTestResult result = new JsonCalls(mvc).as(TestTokens.staff("head-01"))
			.post("/api/v1/customers/CRM-A1/specialists", """
					{"staffId":" staff-a1 ","reason":"片区服务专员"}""");

		assertThat(result).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":"%s","crmId":"CRM-A1","staffId":"staff-a1","assignedAt":"2026-11-27T02:00:00Z",
					 "assignedBy":"head-01","reason":"片区服务专员","active":true,"version":0}"""
				.formatted(AssignmentFixtures.ID));
		assertThat(result).hasHeader(HttpHeaders.ETAG, "\"0\"");
	}

	@Test
	@DisplayName("SPC-6: ending an assignment passes the If-Match version on and answers the ended one's ETag; a "
			+ "stale one answers 412 problem+json")
	void endingAnAssignmentChecksTheVersionTheCallerSaw() {
		given(service.end("CRM-A5", "staff-old", 0L, null, "head-01"))
			.willReturn(AssignmentFixtures.ended("CRM-A5", "staff-old", ASSIGNED_AT, ASSIGNED_AT.plusSeconds(60)));
		given(service.end("CRM-A5", "staff-old", 3L, null, "head-01"))
			.willThrow(new StaleVersionException("Active specialist assignment", "staff-old of customer CRM-A5", 3));

		MvcTestResult ended = mvc.delete()
			.uri("/api/v1/customers/CRM-A5/specialists/staff-old")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("head-01"))
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.exchange();
		MvcTestResult stale = mvc.delete()
			.uri("/api/v1/customers/CRM-A5/specialists/staff-old")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("head-01"))
			.header(HttpHeaders.IF_MATCH, "\"3\"")
			.exchange();

		assertThat(ended).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"");
		assertProblem(stale, HttpStatus.PRECONDITION_FAILED, "stale-version");
		assertThat(stale).bodyJson().extractingPath("$.detail").asString().contains("has no current version");
	}

	@Test
	@DisplayName("SPC-6, X-1: an ended assignment shows who ended it, when and why")
	void anEndedAssignmentShowsWhoEndedIt() {
		given(service.end("CRM-A4", "staff-old", null, "调岗", "head-01"))
			.willReturn(AssignmentFixtures.ended("CRM-A4", "staff-old", ASSIGNED_AT, ASSIGNED_AT.plusSeconds(60)));

		MvcTestResult result = mvc.delete()
			.uri("/api/v1/customers/CRM-A4/specialists/staff-old?reason={reason}", "调岗")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("head-01"))
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.active").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.endedBy").isEqualTo("head-01");
		assertThat(result).bodyJson().extractingPath("$.endedAt").isEqualTo("2026-11-27T02:01:00Z");
		assertThat(result).bodyJson().extractingPath("$.endReason").isEqualTo("调岗");
	}

	@Test
	@DisplayName("SPC-6: the same active specialist twice is refused with 422 naming the rule")
	void aRuleRefusalAnswers422WithTheRule() {
		given(service.assign("CRM-A2", "staff-a2", "片区服务专员", "head-01"))
			.willThrow(new RuleViolationException("SPC-6", "staff-a2 is already an active specialist"));

		MvcTestResult result = new JsonCalls(mvc).as(TestTokens.staff("head-01"))
			.post("/api/v1/customers/CRM-A2/specialists", """
					{"staffId":"staff-a2","reason":"片区服务专员"}""");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("SPC-6");
	}

	@Test
	void anAssignmentEndedTwiceAnswers409WithoutARule() {
		given(service.end("CRM-A4", "staff-old", null, null, "head-01"))
			.willThrow(new InvalidStateException("Assignment has already ended"));

		MvcTestResult result = mvc.delete()
			.uri("/api/v1/customers/CRM-A4/specialists/staff-old")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("head-01"))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().doesNotHavePath("$.rule");
	}

	@Test
	void anInvalidAssignmentAnswers400WithFieldErrors() {
		MvcTestResult result = new JsonCalls(mvc).post("/api/v1/customers/CRM-A7/specialists", """
				{"staffId":" "}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("staffId");
		assertThat(mvc.delete()
			.uri("/api/v1/customers/CRM-A7/specialists/staff-a7")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.client("crm", "crm.customers"))
			.exchange()).as("only staff end assignments").hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(service);
	}

	@Test
	@DisplayName("SPC-1, SPC-4: a workload counts customers, open needs and overdue parts")
	void showsTheWorkload() {
		given(service.workload("wl-spc")).willReturn(new Workload(2, 2, 1));

		assertThat(mvc.get().uri("/api/v1/specialists/wl-spc/workload").exchange()).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"staffId":"wl-spc","activeCustomers":2,"openNeeds":2,"overdueParts":1}""");
	}

	@Test
	@DisplayName("SPC-6: the history lists every assignment in the order made")
	void listsTheHistory() {
		given(service.of("CRM-A4", true)).willReturn(
				List.of(AssignmentFixtures.ended("CRM-A4", "staff-old", ASSIGNED_AT, ASSIGNED_AT.plusSeconds(60)),
						AssignmentFixtures.active("CRM-A4", "staff-new", ASSIGNED_AT.plusSeconds(30))));

		MvcTestResult result = mvc.get().uri("/api/v1/customers/CRM-A4/specialists?history=true").exchange();

		assertThat(result).bodyJson()
			.extractingPath("$[*].staffId")
			.asArray()
			.containsExactly("staff-old", "staff-new");
		assertThat(result).bodyJson().extractingPath("$[*].active").asArray().containsExactly(false, true);
	}

}
