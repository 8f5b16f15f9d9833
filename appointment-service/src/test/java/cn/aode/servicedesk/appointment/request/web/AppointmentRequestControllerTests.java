package cn.aode.servicedesk.appointment.request.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.appointment.request.AppointmentRequestFixtures;
import cn.aode.servicedesk.appointment.request.AppointmentRequestService;
import cn.aode.servicedesk.appointment.request.RequestStatus;
import cn.aode.servicedesk.appointment.schedule.Booking;
import cn.aode.servicedesk.appointment.schedule.ScheduleConflictException;
import cn.aode.servicedesk.appointment.schedule.Span;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.WebSlice;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;
import cn.aode.servicedesk.platform.security.Role;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;

/** The appointment request API's JSON and problem shapes, without a database. */
@WebSlice(AppointmentRequestController.class)
class AppointmentRequestControllerTests {

	private static final UUID ID = UUID.fromString("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AppointmentRequestService service;

	@Test
	@DisplayName("APT-3: a request reads with its applicant, special care and labels, and its version as ETag")
	void requestReadsWithApplicantAndLabels() {
		given(service.get(ID)).willReturn(AppointmentRequestFixtures.received(ID));

		MvcTestResult result = mvc.get().uri("/api/v1/appointments/" + ID).exchange();

		assertThat(result).hasStatusOk().hasHeader("ETag", "\"0\"");
		assertThat(result).bodyJson()
			.extractingPath("$.applicantType")
			.isEqualTo(Map.of("code", "INDIVIDUAL", "zh", "个人", "en", "Individual"));
		assertThat(result).bodyJson().extractingPath("$.specialCare").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.customerId").isEqualTo("CRM-7");
		assertThat(result).bodyJson().extractingPath("$.kind.code").isEqualTo("HOME_VISIT");
		assertThat(result).bodyJson().extractingPath("$.receivedAt").isEqualTo("2026-11-26T01:00:00Z");
		assertThat(result).bodyJson().extractingPath("$.registeredAt").isEqualTo("2026-11-26T01:05:00Z");
		assertThat(result).bodyJson().doesNotHavePath("$.refusalReview").doesNotHavePath("$.answeredAt");
	}

	@Test
	@DisplayName("APT-13: a reviewed refusal shows the review; the review reaches the service as sent")
	void reviewedRefusalShowsTheReview() {
		given(service.reviewRefusal(ID, 1L, "gm-1", false, "拒绝理由不成立"))
			.willReturn(AppointmentRequestFixtures.refusedAndReviewed(ID));

		MvcTestResult result = new JsonCalls(mvc).as(TestTokens.staff("gm-1", Role.GENERAL_MANAGER))
			.post("/api/v1/appointments/" + ID + "/refusal/review", "\"1\"",
					"{\"justified\":false,\"note\":\"拒绝理由不成立\"}");

		assertThat(result).hasStatusOk().hasHeader("ETag", "\"2\"");
		assertThat(result).bodyJson()
			.extractingPath("$.refusalReview")
			.isEqualTo(Map.of("reviewedBy", "gm-1", "justified", false, "note", "拒绝理由不成立", "reviewedAt",
					"2026-11-26T06:00:00Z"));
		assertThat(result).bodyJson().extractingPath("$.refusal.approvedBy").isEqualTo("gm-1");
		assertThat(result).bodyJson().extractingPath("$.answeredBy").isEqualTo("clerk-1");
	}

	@Test
	@DisplayName("APT-3: the queue is asked for special care first, then oldest first, and answers a page")
	void queueIsSpecialCareFirst() {
		given(service.find(eq(RequestStatus.RECEIVED), any()))
			.willReturn(new PageImpl<>(List.of(AppointmentRequestFixtures.received(ID)), PageRequest.of(0, 20), 1));

		MvcTestResult result = mvc.get().uri("/api/v1/appointments?status=RECEIVED").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.items[0].number").isEqualTo("YY20261126-0001");
		assertThat(result).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
		then(service).should()
			.find(RequestStatus.RECEIVED, PageRequest.of(0, 20,
					Sort.by(Sort.Order.desc("applicant.specialCare"), Sort.Order.asc("intake.receivedAt"))));
	}

	@Test
	@DisplayName("Invalid input answers 400 naming each field and reaches no service")
	void invalidInputAnswers400() {
		JsonCalls api = new JsonCalls(mvc);

		MvcTestResult request = api.post("/api/v1/appointments", "{\"kind\":\"HALL\",\"applicantPhone\":\"12\"}");
		MvcTestResult review = api.as(TestTokens.staff("gm-1", Role.GENERAL_MANAGER))
			.post("/api/v1/appointments/" + ID + "/refusal/review", "{\"note\":\"x\"}");

		assertProblem(request, HttpStatus.BAD_REQUEST, "validation");
		assertThat(request).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("reason", "applicantType", "applicantName", "applicantPhone", "channel",
					"matter");
		assertProblem(review, HttpStatus.BAD_REQUEST, "validation");
		assertThat(review).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("justified");
		verifyNoInteractions(service);
	}

	@Test
	@DisplayName("APT-6: an accepted appointment reads with the span it holds, its temporary assignment's reason and "
			+ "its history")
	void acceptedAppointmentReadsWithSpanAndHistory() {
		given(service.get(ID)).willReturn(AppointmentRequestFixtures.acceptedByStandIn(ID));

		MvcTestResult result = mvc.get().uri("/api/v1/appointments/" + ID).exchange();

		assertThat(result).hasStatusOk().hasHeader("ETag", "\"1\"");
		assertThat(result).bodyJson()
			.extractingPath("$.span")
			.isEqualTo(Map.of("start", "2026-11-28T09:30:00Z", "end", "2026-11-28T11:30:00Z"));
		assertThat(result).bodyJson().extractingPath("$.substitute").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.assignmentReason").isEqualTo("专员该时段已有上门服务");
		assertThat(result).bodyJson()
			.extractingPath("$.changes[0].kind")
			.isEqualTo(Map.of("code", "ACCEPTED", "zh", "同意预约", "en", "Accepted"));
		assertThat(result).bodyJson().extractingPath("$.changes[0].staffId").isEqualTo("spc-02");
	}

	@Test
	@DisplayName("APT-6: a double booking answers 409 problem+json with the rule, the appointment holding the staff "
			+ "member and the free staff")
	void doubleBookingAnswers409() {
		Span held = new Span(Instant.parse("2026-11-28T09:30:00Z"), Instant.parse("2026-11-28T11:30:00Z"));
		given(service.accept(eq(ID), any(), any())).willThrow(
				ScheduleConflictException.staffTaken(new Booking(UUID.randomUUID(), "YY20261126-0007", "spc-01", held),
						new Span(Instant.parse("2026-11-28T10:00:00Z"), Instant.parse("2026-11-28T12:00:00Z")),
						List.of("clerk-2")));

		MvcTestResult result = new JsonCalls(mvc).post("/api/v1/appointments/" + ID + "/acceptance",
				"{\"agreedTime\":\"2026-11-28T10:30:00Z\"}");

		assertProblem(result, HttpStatus.CONFLICT, "staff-double-booked");
		assertThat(result).bodyJson().extractingPath("$.rule").isEqualTo("APT-6");
		assertThat(result).bodyJson().extractingPath("$.conflictingNumber").isEqualTo("YY20261126-0007");
		assertThat(result).bodyJson()
			.extractingPath("$.conflictingSpan")
			.isEqualTo(Map.of("start", "2026-11-28T09:30:00Z", "end", "2026-11-28T11:30:00Z"));
		assertThat(result).bodyJson().extractingPath("$.freeStaff").isEqualTo(List.of("clerk-2"));
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("YY20261126-0007");
	}

	@Test
	@DisplayName("A reschedule or cancellation without its reason or time answers 400 and reaches no service")
	void changesNeedTheirReason() {
		JsonCalls api = new JsonCalls(mvc);

		assertProblem(api.post("/api/v1/appointments/" + ID + "/reschedule", "{\"reason\":\" \"}"),
				HttpStatus.BAD_REQUEST, "validation");
		assertProblem(api.post("/api/v1/appointments/" + ID + "/cancellation", "{}"), HttpStatus.BAD_REQUEST,
				"validation");
		verifyNoInteractions(service);
	}

	@Test
	@DisplayName("Refusals keep their shapes: 409 already answered, 412 stale If-Match, 422 with the rule")
	void refusalsAnswerProblemShapes() {
		JsonCalls api = new JsonCalls(mvc);
		String refusal = "{\"reason\":\"超出服务区域\"}";
		given(service.proposeRefusal(ID, null, "超出服务区域", "clerk-1"))
			.willThrow(new RuleViolationException("APT-7", "A refusal needs the general manager's approval"))
			.willThrow(new InvalidStateException("Request YY20261126-0001 was already answered"));
		given(service.proposeRefusal(ID, 4L, "超出服务区域", "clerk-1"))
			.willThrow(new StaleVersionException("Appointment request", ID, 4, 5));

		MvcTestResult rule = api.post("/api/v1/appointments/" + ID + "/refusal", refusal);
		assertProblem(rule, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(rule).bodyJson().extractingPath("$.rule").isEqualTo("APT-7");
		assertProblem(api.post("/api/v1/appointments/" + ID + "/refusal", refusal), HttpStatus.CONFLICT,
				"invalid-state");
		assertProblem(api.post("/api/v1/appointments/" + ID + "/refusal", "\"4\"", refusal),
				HttpStatus.PRECONDITION_FAILED, "stale-version");
	}

}
