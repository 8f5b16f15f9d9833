package cn.aode.servicedesk.specialist.need.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
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
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;
import cn.aode.servicedesk.specialist.need.FileEntryKind;
import cn.aode.servicedesk.specialist.need.NeedService;
import cn.aode.servicedesk.specialist.need.NeedService.DepartmentRequest;

import static cn.aode.servicedesk.specialist.need.CustomerNeedFixtures.ID;
import static cn.aode.servicedesk.specialist.need.CustomerNeedFixtures.halfAnswered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The needs API's JSON and problem shapes, on a mocked service (no database, no broker).
 */
@WebSlice(NeedController.class)
class NeedControllerTests {

	private static final String NEED = "/api/v1/needs/" + ID;

	private static final String HALF_ANSWERED = """
			{"id":"3b0c6e2a-9d4f-4a61-8c2e-5f7a1d9b0c34","number":"XQ20261127-0001","customerCrmId":"CRM-100234",
			 "specialistId":"spc-01","title":"工业用气开户","description":"新建锅炉房需要开通工业用气",
			 "status":{"code":"SUBMITTED","zh":"已提交部门","en":"Submitted to departments"},
			 "parts":[
			  {"departmentId":"CSC","headStaffId":"head-csc","policy":"P3WD",
			   "status":{"code":"COMPLETED","zh":"已办结","en":"Completed"},
			   "acceptedBy":"head-csc","acceptedAt":"2026-11-27T03:00:00Z","answer":"开户资料齐全，已建档",
			   "completedBy":"head-csc","completedAt":"2026-11-27T05:00:00Z"},
			  {"departmentId":"ENG","headStaffId":"head-eng",
			   "status":{"code":"PENDING","zh":"待受理","en":"Waiting for the department head"},
			   "breachedAt":"2026-12-02T10:00:00Z"}],
			 "submittedAt":"2026-11-27T02:00:00Z"}""";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	NeedService service;

	@Test
	@DisplayName("SPC-3, SPC-4: a need shows every department's part with labels; what is not set yet is left out")
	void showsANeedWithItsParts() {
		given(service.get(ID)).willReturn(halfAnswered());

		assertThat(mvc.get().uri(NEED).exchange()).hasStatusOk().bodyJson().isStrictlyEqualTo(HALF_ANSWERED);
	}

	@Test
	@DisplayName("SPC-3: a submitted need answers 201 with its location, the departments passed on in order")
	void submittingAnswers201WithLocation() {
		given(service.submit(eq("CRM-100234"), eq("spc-01"), eq("工业用气开户"), eq("新建锅炉房需要开通工业用气"), eq(null), any()))
			.willReturn(halfAnswered());

		MvcTestResult result = calls().as(TestTokens.staff("spc-01")).post("/api/v1/needs", """
				{"customerCrmId":"CRM-100234","title":"工业用气开户",
				 "description":"新建锅炉房需要开通工业用气",
				 "departments":[{"departmentId":"CSC","policy":"P3WD"},{"departmentId":"ENG"}]}""");

		assertThat(result).hasStatus(HttpStatus.CREATED).hasHeader("Location", NEED);
		assertThat(result).bodyJson().isStrictlyEqualTo(HALF_ANSWERED);
		verify(service).submit("CRM-100234", "spc-01", "工业用气开户", "新建锅炉房需要开通工业用气", null,
				List.of(new DepartmentRequest("CSC", "P3WD"), new DepartmentRequest("ENG", null)));
	}

	@Test
	void anInvalidNeedAnswers400WithEachFieldError() {
		MvcTestResult result = calls().post("/api/v1/needs", """
				{"customerCrmId":"CRM-100234","title":" ","description":"d",
				 "departments":[]}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:validation");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("title", "departments");
		verifyNoInteractions(service);
	}

	@Test
	void anUnknownNeedAnswers404Problem() {
		given(service.get(ID)).willThrow(new NotFoundException("Customer need", ID));

		MvcTestResult result = mvc.get().uri(NEED).exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"type":"urn:servicedesk:problem:not-found","title":"Not found","status":404,
				 "detail":"Customer need 3b0c6e2a-9d4f-4a61-8c2e-5f7a1d9b0c34 does not exist",
				 "instance":"/api/v1/needs/3b0c6e2a-9d4f-4a61-8c2e-5f7a1d9b0c34"}""");
	}

	@Test
	@DisplayName("SPC-4: another head completing the part is refused with 422 naming the rule")
	void aRuleRefusalAnswers422WithTheRule() {
		given(service.complete(ID, null, "ENG", "head-csc", "不是我的"))
			.willThrow(new RuleViolationException("SPC-4", "head-csc is not the head handling ENG's part"));

		MvcTestResult result = complete("head-csc", "不是我的");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:rule-violation");
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Refused by rule SPC-4");
		assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("SPC-4");
	}

	@Test
	void aPartCompletedTwiceAnswers409WithoutARule() {
		given(service.complete(ID, null, "ENG", "head-eng", "再次办结"))
			.willThrow(new InvalidStateException("The part of ENG is already completed"));

		MvcTestResult result = complete("head-eng", "再次办结");

		assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:invalid-state");
		assertThat(result).bodyJson().doesNotHavePath("$.rule");
	}

	@Test
	@DisplayName("SPC-4: a head saving a need its breach changed meanwhile gets 409 and reloads")
	void aConcurrentChangeAnswers409() {
		given(service.complete(ID, null, "ENG", "head-eng", "已办结"))
			.willThrow(new OptimisticLockingFailureException("version 4 is gone"));

		MvcTestResult result = complete("head-eng", "已办结");

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:concurrent-change");
	}

	@Test
	@DisplayName("SPC-4: a need answers its version as ETag; the If-Match of an acceptance is passed on, a stale one "
			+ "answers 412 problem+json")
	void aStaleVersionAnswers412Problem() {
		given(service.get(ID)).willReturn(halfAnswered());
		given(service.accept(ID, 3L, "ENG", "head-eng"))
			.willThrow(new StaleVersionException("Customer need", ID, 3, 4));
		given(service.complete(ID, 4L, "ENG", "head-eng", "已办结")).willReturn(halfAnswered());

		assertThat(calls().get(NEED)).hasHeader(HttpHeaders.ETAG, "\"" + halfAnswered().version() + "\"");
		MvcTestResult result = calls().as(TestTokens.staff("head-eng"))
			.post(NEED + "/parts/ENG/acceptance", "\"3\"", "{}");
		assertThat(calls().as(TestTokens.staff("head-eng"))
			.post(NEED + "/parts/ENG/completion", "\"4\"", "{\"answer\":\"已办结\"}")).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"" + halfAnswered().version() + "\"");

		assertThat(result).hasStatus(HttpStatus.PRECONDITION_FAILED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:stale-version");
	}

	@Test
	@DisplayName("SPC-5, X-1: the service log names who logged what and when, for the reader the caller names")
	void showsTheServiceLogToTheNamedReader() {
		given(service.serviceLog("CRM-100234", "head-csc")).willReturn(
				List.of(new NeedService.LogEntry(Instant.parse("2026-11-27T06:00:00Z"), "spc-01", "电话告知客户两个部门的答复")));

		MvcTestResult result = mvc.get()
			.uri("/api/v1/customers/CRM-100234/service-log")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("head-csc"))
			.exchange();

		assertThat(result).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				[{"loggedAt":"2026-11-27T06:00:00Z","staffId":"spc-01","entry":"电话告知客户两个部门的答复"}]""");
	}

	@Test
	@DisplayName("SPC-5: a service log read by a staff member who is neither a specialist nor their head is passed "
			+ "on with the token's staff id and refused with 422 naming SPC-5")
	void aServiceLogReadByAnotherStaffMemberIsRefused() {
		given(service.serviceLog("CRM-100234", "clerk-1"))
			.willThrow(new RuleViolationException("SPC-5", "clerk-1 is neither a specialist nor their head"));

		MvcTestResult result = mvc.get().uri("/api/v1/customers/CRM-100234/service-log").exchange();

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("SPC-5");
	}

	@Test
	@DisplayName("SPC-3, SPC-5: the customer's file lists labelled entries for the named reader")
	void showsTheCustomersFile() {
		given(service.file("CRM-100234", "spc-01")).willReturn(List.of(
				new NeedService.FileEntry(Instant.parse("2026-11-27T06:00:00Z"), FileEntryKind.SERVICE_LOG, "已电话告知",
						"spc-01"),
				new NeedService.FileEntry(Instant.parse("2026-11-27T02:00:00Z"), FileEntryKind.NEED_SUBMITTED, "工业用气开户",
						"XQ20261127-0001")));

		MvcTestResult result = mvc.get()
			.uri("/api/v1/customers/CRM-100234/file")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("spc-01"))
			.exchange();

		assertThat(result).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				[{"at":"2026-11-27T06:00:00Z","kind":{"code":"SERVICE_LOG","zh":"服务日志","en":"Service log"},
				  "text":"已电话告知","reference":"spc-01"},
				 {"at":"2026-11-27T02:00:00Z","kind":{"code":"NEED_SUBMITTED","zh":"提交需求","en":"Need submitted"},
				  "text":"工业用气开户","reference":"XQ20261127-0001"}]""");
	}

	@Test
	void aServiceLogEntryWithoutTextAnswers400() {
		MvcTestResult result = calls().post("/api/v1/customers/CRM-100234/service-log", """
				{"entry":""}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("entry");
		verifyNoInteractions(service);
	}

	private MvcTestResult complete(String head, String answer) {
		return calls().as(TestTokens.staff(head))
			.post(NEED + "/parts/ENG/completion", "{\"answer\":\"" + answer + "\"}");
	}

	private JsonCalls calls() {
		return new JsonCalls(mvc);
	}

}
