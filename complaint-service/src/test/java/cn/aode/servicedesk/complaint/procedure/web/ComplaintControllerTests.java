package cn.aode.servicedesk.complaint.procedure.web;

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

import cn.aode.servicedesk.complaint.procedure.Complainant;
import cn.aode.servicedesk.complaint.procedure.ComplaintCategory;
import cn.aode.servicedesk.complaint.procedure.ComplaintChannel;
import cn.aode.servicedesk.complaint.procedure.ComplaintFinding;
import cn.aode.servicedesk.complaint.procedure.ComplaintFixtures;
import cn.aode.servicedesk.complaint.procedure.ComplaintService;
import cn.aode.servicedesk.complaint.procedure.ComplaintStatus;
import cn.aode.servicedesk.complaint.procedure.Intake;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.WebSlice;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;
import cn.aode.servicedesk.platform.security.Role;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/** The complaint API's JSON and problem shapes, without a database. */
@WebSlice(ComplaintController.class)
class ComplaintControllerTests {

	private static final UUID ID = UUID.fromString("0b6f1f3e-5d1a-4c5e-8a2b-3c4d5e6f7a80");

	private static final String HANDLING = """
			{"investigation":"查看录音，抄表员言语不当","actions":"批评教育抄表员","finding":"STAFF_AT_FAULT",
			 "staffAtFault":"staff-023"}""";

	private static final String OFFICE = TestTokens.staff("staff-017", Role.OFFICE_HANDLER);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ComplaintService service;

	@Test
	@DisplayName("Accepting answers 201 with Location, ETag and the complaint's JSON with labels")
	void acceptAnswersCreated() {
		given(service.accept(new Complainant("CRM-100234", "王丽", "13812345678"), ComplaintChannel.PHONE, "燃气表读数异常",
				new Intake("clerk-1", null, ComplaintCategory.SERVICE_ATTITUDE, null, null, null), null, "clerk-1"))
			.willReturn(ComplaintFixtures.accepted(ID));

		MvcTestResult result = new JsonCalls(mvc).post("/api/v1/complaints", """
				{"customerId":"CRM-100234","customerName":"王丽","customerPhone":"13812345678","channel":"PHONE",
				 "content":"燃气表读数异常","category":"SERVICE_ATTITUDE"}""");

		assertThat(result).hasStatus(HttpStatus.CREATED)
			.hasHeader("Location", "/api/v1/complaints/" + ID)
			.hasHeader("ETag", "\"0\"");
		assertThat(result).bodyJson()
			.extractingPath("$.channel")
			.isEqualTo(Map.of("code", "PHONE", "zh", "电话", "en", "Phone"));
		assertThat(result).bodyJson().extractingPath("$.status.code").isEqualTo("ACCEPTED");
		assertThat(result).bodyJson().extractingPath("$.receivedAt").isEqualTo("2026-11-27T01:00:00Z");
		assertThat(result).bodyJson().extractingPath("$.receivedBy").isEqualTo("clerk-1");
		assertThat(result).bodyJson().extractingPath("$.category.zh").isEqualTo("服务态度");
		assertThat(result).bodyJson().doesNotHavePath("$.handling").doesNotHavePath("$.feedback");
	}

	@Test
	@DisplayName("CMP-1, CMP-5: a handled complaint shows who handled it, the facts found, the finding with its "
			+ "labels and the staff member at fault; the handler is the office's caller")
	void handledComplaintShowsItsHandling() {
		given(service.handle(ID, 0L, "staff-017", "查看录音，抄表员言语不当", "批评教育抄表员", ComplaintFinding.STAFF_AT_FAULT,
				"staff-023"))
			.willReturn(ComplaintFixtures.handledWithStaffAtFault(ID));

		MvcTestResult result = new JsonCalls(mvc).as(OFFICE)
			.post("/api/v1/complaints/" + ID + "/handling", "\"0\"", HANDLING);

		assertThat(result).hasStatusOk().hasHeader("ETag", "\"1\"");
		assertThat(result).bodyJson().extractingPath("$.status.code").isEqualTo("HANDLED");
		assertThat(result).bodyJson().extractingPath("$.handling.finding.code").isEqualTo("STAFF_AT_FAULT");
		assertThat(result).bodyJson().extractingPath("$.handling.finding.zh").asString().isNotBlank();
		assertThat(result).bodyJson().extractingPath("$.handling.staffAtFault").isEqualTo("staff-023");
		assertThat(result).bodyJson().extractingPath("$.handling.investigation").isEqualTo("查看录音，抄表员言语不当");
		assertThat(result).bodyJson().extractingPath("$.handling.handledAt").isEqualTo("2026-11-27T06:00:00Z");
	}

	@Test
	@DisplayName("CMP-2, CMP-4: handling is the office's or a leader's (a clerk's answers 403 CMP-2); only a "
			+ "principal leader or the general manager acknowledges a major complaint (403 CMP-4)")
	void stepsNeedTheRolesTheRulesName() {
		JsonCalls clerk = new JsonCalls(mvc);

		assertThat(clerk.post("/api/v1/complaints/" + ID + "/handling", HANDLING)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("CMP-2");
		assertThat(clerk.as(OFFICE).post("/api/v1/complaints/" + ID + "/major/acknowledgement", "{}"))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("CMP-4");
		assertThat(clerk.get("/api/v1/complaints/major/unacknowledged")).hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(service);
	}

	@Test
	@DisplayName("The list is a page, filtered by status")
	void listIsAPage() {
		given(service.find(eq(ComplaintStatus.ACCEPTED), any()))
			.willReturn(new PageImpl<>(List.of(ComplaintFixtures.accepted(ID)), PageRequest.of(0, 20), 1));

		MvcTestResult result = mvc.get().uri("/api/v1/complaints?status=ACCEPTED").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.items[0].number").isEqualTo("TS20261127-0001");
		assertThat(result).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
	}

	@Test
	@DisplayName("Invalid input answers 400 naming each field, an unknown finding 400, and neither reaches the service")
	void invalidInputAnswers400() {
		JsonCalls api = new JsonCalls(mvc);

		MvcTestResult missing = api.post("/api/v1/complaints", "{\"customerPhone\":\"12\"}");
		MvcTestResult unknown = api.as(OFFICE)
			.post("/api/v1/complaints/" + ID + "/handling", HANDLING.replace("STAFF_AT_FAULT", "NOBODY"));

		assertThat(missing).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(missing).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("customerName", "customerPhone", "channel", "content");
		assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		verifyNoInteractions(service);
	}

	@Test
	@DisplayName("Refusals keep their shapes: 404 unknown, 412 stale If-Match, 422 with the rule")
	void refusalsAnswerProblemShapes() {
		JsonCalls api = new JsonCalls(mvc).as(OFFICE);
		given(service.get(ID)).willThrow(new NotFoundException("Complaint", ID));
		given(service.handle(eq(ID), eq(3L), any(), any(), any(), any(), any()))
			.willThrow(new StaleVersionException("Complaint", ID, 3, 4));
		given(service.handle(eq(ID), eq(null), any(), any(), any(), any(), any()))
			.willThrow(new RuleViolationException("CMP-4", "a major complaint waits for a leader"));

		assertProblem(api.get("/api/v1/complaints/" + ID), HttpStatus.NOT_FOUND, "not-found");
		assertProblem(api.post("/api/v1/complaints/" + ID + "/handling", "\"3\"", HANDLING),
				HttpStatus.PRECONDITION_FAILED, "stale-version");
		MvcTestResult rule = api.post("/api/v1/complaints/" + ID + "/handling", HANDLING);
		assertProblem(rule, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(rule).bodyJson().extractingPath("$.rule").isEqualTo("CMP-4");
	}

}
