package cn.aode.servicedesk.notice.phone.web;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.security.Role;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The phone consultation log through its API, against real PostgreSQL and Kafka. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class PhoneConsultationApiIntegrationTests {

	private static final String CALL = """
			{"callerName":"%s","callerPhone":"13900002222","matterCode":"%s","question":"过户需要带什么材料？",
			 "calledAt":"%s"}""";

	@Autowired
	MockMvcTester mvc;

	@Test
	@DisplayName("NTC-5: a phone consultation is logged with the caller, the matter, the answering staff member "
			+ "and the time, and the complete answer told: basis, time limit, procedure and every material")
	void aConsultationIsLoggedWithTheCompleteAnswer() {
		MvcTestResult logged = staff("clerk-51").post("/api/v1/phone-consultations",
				CALL.formatted("张伟", "ACCOUNT_TRANSFER", "2025-11-03T02:00:00Z"));

		assertThat(logged).hasStatus(HttpStatus.CREATED);
		assertThat(logged.getResponse().getHeader("Location")).startsWith("/api/v1/phone-consultations/");
		assertThat(logged).bodyJson().extractingPath("$.number").asString().matches("DH\\d{8}-\\d{4}");
		assertThat(logged).bodyJson().extractingPath("$.staffId").isEqualTo("clerk-51");
		assertThat(logged).bodyJson().extractingPath("$.callerName").isEqualTo("张伟");
		assertThat(logged).bodyJson().extractingPath("$.calledAt").isEqualTo("2025-11-03T02:00:00Z");
		assertThat(logged).bodyJson().extractingPath("$.told.name").isEqualTo("燃气户名过户");
		assertThat(logged).bodyJson().extractingPath("$.told.timeLimit.zh").isEqualTo("1个工作日");
		assertThat(logged).bodyJson()
			.extractingPath("$.told.materials[*].code")
			.asArray()
			.containsExactly("NEW_OWNER_ID_CARD", "NEW_PROPERTY_PROOF", "GAS_USER_CARD", "ARREARS_CLEARED",
					"AGENT_AUTHORISATION");
		assertThat(logged).bodyJson().extractingPath("$.told.procedure").asArray().hasSize(4);
		assertThat(logged).bodyJson().extractingPath("$.told.basis").asArray().isNotEmpty();
		assertThat(staff("clerk-52").get(logged.getResponse().getHeader("Location"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.question")
			.isEqualTo("过户需要带什么材料？");
	}

	@Test
	@DisplayName("NTC-5: the log is searched by business date (Asia/Shanghai, both ends included) and by staff "
			+ "member, newest call first, a page at a time")
	void theLogIsSearchedByDateAndStaff() {
		staff("clerk-53").post("/api/v1/phone-consultations",
				CALL.formatted("甲", "RECONNECTION", "2025-10-09T16:30:00Z"));
		staff("clerk-53").post("/api/v1/phone-consultations",
				CALL.formatted("乙", "RECONNECTION", "2025-10-10T03:00:00Z"));
		staff("clerk-54").post("/api/v1/phone-consultations",
				CALL.formatted("丙", "METER_RELOCATION", "2025-10-10T09:00:00Z"));
		staff("clerk-53").post("/api/v1/phone-consultations",
				CALL.formatted("丁", "RECONNECTION", "2025-10-10T16:30:00Z"));

		MvcTestResult day = staff("clerk-53").get("/api/v1/phone-consultations?from=2025-10-10&to=2025-10-10");
		MvcTestResult ofStaff = staff("clerk-53")
			.get("/api/v1/phone-consultations?from=2025-10-10&to=2025-10-10&staffId=clerk-53&size=1");

		assertThat(day).bodyJson().extractingPath("$.items[*].callerName").asArray().containsExactly("丙", "乙", "甲");
		assertThat(ofStaff).bodyJson().extractingPath("$.items[*].callerName").asArray().containsExactly("乙");
		assertThat(ofStaff).bodyJson().extractingPath("$.totalItems").isEqualTo(2);
		assertThat(ofStaff).bodyJson().extractingPath("$.totalPages").isEqualTo(2);
	}

	@Test
	@DisplayName("NTC-5: a call about a matter not in the catalogue answers 404, a call in the future or reversed "
			+ "dates 400, missing fields 400")
	void badCallsAnswerProblems() {
		JsonCalls clerk = staff("clerk-55");

		assertProblem(
				clerk.post("/api/v1/phone-consultations",
						CALL.formatted("张伟", "NO_SUCH_MATTER", "2025-11-03T02:00:00Z")),
				HttpStatus.NOT_FOUND, "not-found");
		assertProblem(
				clerk.post("/api/v1/phone-consultations",
						CALL.formatted("张伟", "RECONNECTION", Instant.now().plusSeconds(3600))),
				HttpStatus.BAD_REQUEST, "invalid-value");
		assertProblem(clerk.post("/api/v1/phone-consultations", "{\"callerName\":\"张伟\"}"), HttpStatus.BAD_REQUEST,
				"validation");
		assertProblem(clerk.get("/api/v1/phone-consultations?from=2025-10-10&to=2025-10-01"), HttpStatus.BAD_REQUEST,
				"invalid-value");
		assertProblem(clerk.get("/api/v1/phone-consultations?from=yesterday"), HttpStatus.BAD_REQUEST, "invalid-value");
	}

	private JsonCalls staff(String staffId) {
		return new JsonCalls(mvc).as(TestTokens.staff(staffId, Role.SERVICE_CENTER_CLERK));
	}

}
