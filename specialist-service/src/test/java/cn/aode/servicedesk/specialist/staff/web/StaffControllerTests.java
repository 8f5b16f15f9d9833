package cn.aode.servicedesk.specialist.staff.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;
import cn.aode.servicedesk.specialist.staff.RecordEntryKind;
import cn.aode.servicedesk.specialist.staff.RecordSource;
import cn.aode.servicedesk.specialist.staff.StaffRecordEntry;
import cn.aode.servicedesk.specialist.staff.StaffRole;
import cn.aode.servicedesk.specialist.staff.StaffService;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static cn.aode.servicedesk.specialist.staff.StaffFixtures.department;
import static cn.aode.servicedesk.specialist.staff.StaffFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The staff API's JSON and problem shapes, on a mocked service (no database, no broker).
 */
@WebSlice(StaffController.class)
class StaffControllerTests {

	private static final UUID ENTRY = UUID.fromString("9a7e3c1d-2b4f-4e6a-8d0c-1f2e3a4b5c6d");

	private static final Instant RECORDED_AT = Instant.parse("2026-11-27T08:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	StaffService service;

	@Test
	@DisplayName("SPC-2: a staff member shows their department and labelled roles; no phone, no field")
	void showsAStaffMemberWithLabelledRoles() {
		given(service.member("staff-017")).willReturn(staff("staff-017", "李娜", "CSC", null, StaffRole.SPECIALIST));

		assertThat(mvc.get().uri("/api/v1/staff/staff-017").exchange()).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"id":"staff-017","name":"李娜","departmentId":"CSC",
				 "roles":[{"code":"SPECIALIST","zh":"服务专员","en":"Customer specialist"}]}""");
	}

	@Test
	void savingAStaffMemberPassesTheRolesOn() {
		given(service.saveStaff("head-01", null, "张主任", "CSC", Set.of(StaffRole.DEPARTMENT_HEAD), "13900000001"))
			.willReturn(staff("head-01", "张主任", "CSC", "13900000001", StaffRole.DEPARTMENT_HEAD));

		MvcTestResult result = calls().put("/api/v1/staff/head-01", """
				{"name":"张主任","departmentId":"CSC","roles":["DEPARTMENT_HEAD"],"phone":"13900000001"}""");

		assertThat(result).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"id":"head-01","name":"张主任","departmentId":"CSC","phone":"13900000001",
				 "roles":[{"code":"DEPARTMENT_HEAD","zh":"部门负责人","en":"Department head"}]}""");
	}

	@Test
	void anInvalidStaffMemberAnswers400WithEachFieldError() {
		MvcTestResult result = calls().put("/api/v1/staff/x-1", """
				{"name":"","departmentId":"CSC","roles":[],"phone":"12"}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("name", "roles", "phone");
		verifyNoInteractions(service);
	}

	@Test
	void anUnknownRoleAnswers400Unreadable() {
		MvcTestResult result = calls().put("/api/v1/staff/x-1", """
				{"name":"无名","departmentId":"CSC","roles":["JANITOR"]}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:unreadable");
		verifyNoInteractions(service);
	}

	@Test
	@DisplayName("SPC-2: a staff member of a department that does not exist is refused with 422 naming the rule")
	void aRuleRefusalAnswers422WithTheRule() {
		given(service.saveStaff("x-1", null, "无部门", "NOPE", Set.of(StaffRole.SPECIALIST), null))
			.willThrow(new RuleViolationException("SPC-2", "Department NOPE does not exist"));

		MvcTestResult result = calls().put("/api/v1/staff/x-1", """
				{"name":"无部门","departmentId":"NOPE","roles":["SPECIALIST"]}""");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("SPC-2");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Department NOPE does not exist");
	}

	@Test
	void anUnknownStaffMemberAnswers404Problem() {
		given(service.member("nobody")).willThrow(new NotFoundException("Staff member", "nobody"));

		MvcTestResult result = mvc.get().uri("/api/v1/staff/nobody").exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:servicedesk:problem:not-found");
	}

	@Test
	@DisplayName("SPC-2: appointing a head answers the department with its head")
	void appointingAHeadShowsTheDepartment() {
		given(service.appointHead("CSC", null, "head-01")).willReturn(department("CSC", "客服中心", "head-01"));

		assertThat(calls().put("/api/v1/departments/CSC/head", "{\"staffId\":\"head-01\"}")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":"CSC","name":"客服中心","headStaffId":"head-01","version":2}""");
	}

	@Test
	@DisplayName("SPC-2: one department answers with its head and its version as ETag; an unknown one 404 "
			+ "problem+json")
	void showsOneDepartmentWithItsVersion() {
		given(service.department("CSC")).willReturn(department("CSC", "客服中心", "head-01"));
		given(service.department("NONE")).willThrow(new NotFoundException("Department", "NONE"));

		assertThat(calls().get("/api/v1/departments/CSC")).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"2\"")
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":"CSC","name":"客服中心","headStaffId":"head-01","version":2}""");
		assertProblem(calls().get("/api/v1/departments/NONE"), HttpStatus.NOT_FOUND, "not-found");
	}

	@Test
	@DisplayName("SPC-2: a staff member and a department answer their version as ETag; an If-Match is passed on and "
			+ "a stale one answers 412 problem+json")
	void staffAndDepartmentsAreChangedFromTheVersionTheCallerSaw() {
		given(service.member("staff-017")).willReturn(staff("staff-017", "李娜", "CSC", null, StaffRole.SPECIALIST));
		given(service.saveStaff("staff-017", 1L, "李娜", "ENG", Set.of(StaffRole.SPECIALIST), null))
			.willReturn(staff("staff-017", "李娜", "ENG", null, StaffRole.SPECIALIST));
		given(service.saveDepartment("CSC", 1L, "客户服务中心"))
			.willThrow(new StaleVersionException("Department", "CSC", 1, 2));
		given(service.appointHead("CSC", 2L, "head-01")).willReturn(department("CSC", "客服中心", "head-01"));

		assertThat(calls().get("/api/v1/staff/staff-017")).hasHeader(HttpHeaders.ETAG, "\"1\"");
		assertThat(calls().put("/api/v1/staff/staff-017", "\"1\"", """
				{"name":"李娜","departmentId":"ENG","roles":["SPECIALIST"]}""")).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"1\"");
		assertProblem(calls().put("/api/v1/departments/CSC", "\"1\"", "{\"name\":\"客户服务中心\"}"),
				HttpStatus.PRECONDITION_FAILED, "stale-version");
		assertThat(calls().put("/api/v1/departments/CSC/head", "\"2\"", "{\"staffId\":\"head-01\"}")).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"2\"");
	}

	@Test
	@DisplayName("X-2, X-1: the staff record shows each entry's labels, who recorded it and when")
	void showsTheRecordWithWhoAndWhen() {
		given(service.recordOf("staff-017")).willReturn(List.of(new StaffRecordEntry(ENTRY, "staff-017",
				RecordEntryKind.PENALTY, "CMP-5", null, RecordSource.UPHELD_COMPLAINT, "投诉属实（CMP-5）：TS20261127-0011",
				"TS20261127-0011", RECORDED_AT, "complaint-service", UUID.randomUUID())));

		assertThat(mvc.get().uri("/api/v1/staff/staff-017/record").exchange()).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					[{"id":"9a7e3c1d-2b4f-4e6a-8d0c-1f2e3a4b5c6d","staffId":"staff-017",
					  "kind":{"code":"PENALTY","zh":"处罚","en":"Penalty"},"rule":"CMP-5",
					  "source":{"code":"UPHELD_COMPLAINT","zh":"投诉属实","en":"Upheld complaint"},
					  "detail":"投诉属实（CMP-5）：TS20261127-0011","caseRef":"TS20261127-0011",
					  "recordedAt":"2026-11-27T08:00:00Z","recordedBy":"complaint-service"}]""");
	}

	@Test
	@DisplayName("SPC-8: a recorded decision answers 201 with the entry")
	void recordingADecisionAnswers201() {
		given(service.recordDecision("staff-017", RecordEntryKind.PENALTY, "SPC-8", "CIRCULATED_CRITICISM",
				"服务态度差造成不良影响", "TS20261127-0001", "head-01"))
			.willReturn(new StaffRecordEntry(ENTRY, "staff-017", RecordEntryKind.PENALTY, "SPC-8",
					"CIRCULATED_CRITICISM", RecordSource.DISCIPLINARY_DECISION, "服务态度差造成不良影响", "TS20261127-0001",
					RECORDED_AT, "head-01", null));

		MvcTestResult result = calls().as(TestTokens.staff("head-01")).post("/api/v1/staff/staff-017/record", """
				{"kind":"PENALTY","rule":"SPC-8","consequence":"CIRCULATED_CRITICISM",
				 "detail":"服务态度差造成不良影响","caseRef":"TS20261127-0001"}""");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.source.code").isEqualTo("DISCIPLINARY_DECISION");
		assertThat(result).bodyJson().extractingPath("$.consequence").isEqualTo("CIRCULATED_CRITICISM");
		assertThat(result).bodyJson().extractingPath("$.recordedBy").isEqualTo("head-01");
	}

	@Test
	void aDecisionWithoutDetailAnswers400() {
		MvcTestResult result = calls().post("/api/v1/staff/staff-017/record", """
				{"kind":"PENALTY","rule":"SPC-8","detail":" "}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("detail");
		verifyNoInteractions(service);
	}

	private JsonCalls calls() {
		return new JsonCalls(mvc);
	}

}
