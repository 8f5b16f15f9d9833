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
import cn.aode.servicedesk.complaint.procedure.ComplaintChannel;
import cn.aode.servicedesk.complaint.procedure.ComplaintFinding;
import cn.aode.servicedesk.complaint.procedure.ComplaintFixtures;
import cn.aode.servicedesk.complaint.procedure.ComplaintService;
import cn.aode.servicedesk.complaint.procedure.ComplaintStatus;
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

	private static final String RESOLUTION = """
			{"resolution":"已上门更换燃气表并致歉","finding":"STAFF_AT_FAULT","staffAtFault":"staff-023"}""";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ComplaintService service;

	@Test
	@DisplayName("Accepting answers 201 with Location, ETag and the complaint's JSON with labels")
	void acceptAnswersCreated() {
		given(service.accept(new Complainant("CRM-100234", "王丽", "13812345678"), ComplaintChannel.PHONE, "燃气表读数异常"))
			.willReturn(ComplaintFixtures.accepted(ID));

		MvcTestResult result = new JsonCalls(mvc).post("/api/v1/complaints", """
				{"customerId":"CRM-100234","customerName":"王丽","customerPhone":"13812345678","channel":"PHONE",
				 "content":"燃气表读数异常"}""");

		assertThat(result).hasStatus(HttpStatus.CREATED)
			.hasHeader("Location", "/api/v1/complaints/" + ID)
			.hasHeader("ETag", "\"0\"");
		assertThat(result).bodyJson()
			.extractingPath("$.channel")
			.isEqualTo(Map.of("code", "PHONE", "zh", "电话", "en", "Phone"));
		assertThat(result).bodyJson().extractingPath("$.status.code").isEqualTo("ACCEPTED");
		assertThat(result).bodyJson().extractingPath("$.receivedAt").isEqualTo("2026-11-27T01:00:00Z");
		assertThat(result).bodyJson().doesNotHavePath("$.finding").doesNotHavePath("$.handledBy");
	}

	@Test
	@DisplayName("A handled complaint shows who handled it, the finding with its labels and the staff member at fault")
	void resolvedComplaintShowsItsHandling() {
		given(service.resolve(ID, 0L, "staff-017", "已上门更换燃气表并致歉", ComplaintFinding.STAFF_AT_FAULT, "staff-023"))
			.willReturn(ComplaintFixtures.resolvedWithStaffAtFault(ID));

		MvcTestResult result = new JsonCalls(mvc).as(TestTokens.staff("staff-017", Role.OFFICE_HANDLER))
			.post("/api/v1/complaints/" + ID + "/resolution", "\"0\"", RESOLUTION);

		assertThat(result).hasStatusOk().hasHeader("ETag", "\"1\"");
		assertThat(result).bodyJson().extractingPath("$.status.code").isEqualTo("RESOLVED");
		assertThat(result).bodyJson().extractingPath("$.finding.code").isEqualTo("STAFF_AT_FAULT");
		assertThat(result).bodyJson().extractingPath("$.finding.zh").asString().isNotBlank();
		assertThat(result).bodyJson().extractingPath("$.staffAtFault").isEqualTo("staff-023");
		assertThat(result).bodyJson().extractingPath("$.resolvedAt").isEqualTo("2026-11-27T06:00:00Z");
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
		MvcTestResult unknown = api.post("/api/v1/complaints/" + ID + "/resolution",
				RESOLUTION.replace("STAFF_AT_FAULT", "NOBODY"));

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
		JsonCalls api = new JsonCalls(mvc);
		given(service.get(ID)).willThrow(new NotFoundException("Complaint", ID));
		given(service.resolve(eq(ID), eq(3L), any(), any(), any(), any()))
			.willThrow(new StaleVersionException("Complaint", ID, 3, 4));
		given(service.resolve(eq(ID), eq(null), any(), any(), any(), any()))
			.willThrow(new RuleViolationException("CMP-3", "only an accepted complaint can be handled"));

		assertProblem(api.get("/api/v1/complaints/" + ID), HttpStatus.NOT_FOUND, "not-found");
		assertProblem(api.post("/api/v1/complaints/" + ID + "/resolution", "\"3\"", RESOLUTION),
				HttpStatus.PRECONDITION_FAILED, "stale-version");
		MvcTestResult rule = api.post("/api/v1/complaints/" + ID + "/resolution", RESOLUTION);
		assertProblem(rule, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(rule).bodyJson().extractingPath("$.rule").isEqualTo("CMP-3");
	}

}
