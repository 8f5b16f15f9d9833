package cn.aode.servicedesk.assist.desk.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.security.Role;

import static cn.aode.servicedesk.platform.ApiDocumentAssertions.assertDocumentedAnswers;
import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help desk (AST-5, AST-6) against real PostgreSQL, with notice-service played by a
 * plain HTTP server: consultations told from the catalogue, pre-checks relayed with the
 * helper's token, and the stated fallback when notice-service cannot answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class HelpDeskIntegrationTests {

	private static final NoticeServiceStub NOTICE = new NoticeServiceStub();

	private static final String HELPER = TestTokens.staff("helper-01", Role.HELPER);

	private static final String MATTER = """
			{"code":"RESIDENTIAL_CONNECTION","version":3,"name":"居民用户燃气开户","department":"客服中心",
			 "procedure":["提交申请","现场勘查","签订供用气合同","安装通气"],
			 "materials":[{"code":"ID_CARD","name":"户主身份证","copies":1,"appliesWhen":null,"howToObtain":"本人携带原件"},
			              {"code":"PROPERTY","name":"房产证明","copies":1,"appliesWhen":"自有住房","howToObtain":"不动产登记中心"}],
			 "timeLimit":{"policy":"P5WD","zh":"5个工作日"}}""";

	private static final String PRECHECK = """
			{"applicant":{"name":"王丽","phone":"13812345678","customerId":"CRM-100234"},
			 "matterCode":"RESIDENTIAL_CONNECTION","presented":[{"code":"ID_CARD"}]}""";

	@DynamicPropertySource
	static void noticeService(DynamicPropertyRegistry registry) {
		registry.add("servicedesk.assist.notice.uri", NOTICE::uri);
	}

	@AfterAll
	static void stop() {
		NOTICE.close();
	}

	@Autowired
	MockMvcTester mvc;

	@Test
	@DisplayName("AST-5: a consultation is told the matter's procedure, every material with how to obtain it and the "
			+ "time limit, from notice-service's catalogue, and recorded as told; an unknown matter answers 404")
	void consultationIsToldInFull() {
		NOTICE.answer("GET", "/api/v1/matters/RESIDENTIAL_CONNECTION", 200, MATTER);

		MvcTestResult told = calls().post("/api/v1/assists/consultations", """
				{"applicant":{"name":"王丽","phone":"13812345678"},"matterCode":"RESIDENTIAL_CONNECTION",
				 "question":"新房开通燃气需要什么？"}""");

		assertThat(told).hasStatus(HttpStatus.CREATED);
		assertThat(told).bodyJson().extractingPath("$.status.code").isEqualTo("ANSWERED");
		assertThat(told).bodyJson()
			.extractingPath("$.told")
			.asString()
			.contains("提交申请 → 现场勘查 → 签订供用气合同 → 安装通气")
			.contains("房产证明 1 份（自有住房）：不动产登记中心")
			.contains("办理时限：5个工作日");
		assertProblem(calls().post("/api/v1/assists/consultations", """
				{"applicant":{"name":"王丽","phone":"13812345678"},"matterCode":"NO_SUCH_MATTER"}"""),
				HttpStatus.NOT_FOUND, "not-found");
	}

	@Test
	@DisplayName("AST-6: complete materials are led through the handling; the pre-check is notice-service's (NTC-2), "
			+ "asked with the helper's own token and an idempotency key")
	void completeMaterialsAreGuided() {
		NOTICE.answer("GET", "/api/v1/matters/RESIDENTIAL_CONNECTION", 200, MATTER);
		NOTICE.answer("POST", "/api/v1/prechecks", 201, """
				{"applicationId":"a1","applicationNumber":"SQ20261202-0001","complete":true,"missing":[]}""");

		MvcTestResult guided = calls().post("/api/v1/assists/prechecks", PRECHECK);

		assertThat(guided).hasStatus(HttpStatus.CREATED);
		assertThat(guided).bodyJson().extractingPath("$.status.code").isEqualTo("GUIDED");
		assertThat(guided).bodyJson().extractingPath("$.applicationNumber").isEqualTo("SQ20261202-0001");
		assertThat(guided).bodyJson().extractingPath("$.matterName").isEqualTo("居民用户燃气开户");
		NoticeServiceStub.Received call = NOTICE.received()
			.stream()
			.filter(received -> received.path().equals("/api/v1/prechecks"))
			.reduce((first, last) -> last)
			.orElseThrow();
		assertThat(call.authorization()).isEqualTo(HELPER);
		assertThat(call.idempotencyKey()).isNotBlank();
		assertThat(call.body()).contains("\"matterCode\":\"RESIDENTIAL_CONNECTION\"").contains("ID_CARD");
	}

	@Test
	@DisplayName("AST-6: incomplete materials: every missing item is listed at once with how to obtain it")
	void incompleteMaterialsListEveryMissingItem() {
		NOTICE.answer("GET", "/api/v1/matters/RESIDENTIAL_CONNECTION", 200, MATTER);
		NOTICE.answer("POST", "/api/v1/prechecks", 201, """
				{"applicationId":"a2","applicationNumber":"SQ20261202-0002","complete":false,
				 "missing":[{"materialCode":"PROPERTY","name":"房产证明","copies":1,"howToObtain":"不动产登记中心",
				             "problem":null}]}""");

		MvcTestResult incomplete = calls().post("/api/v1/assists/prechecks", PRECHECK);

		assertThat(incomplete).hasStatus(HttpStatus.CREATED);
		assertThat(incomplete).bodyJson().extractingPath("$.status.code").isEqualTo("AWAITING_MATERIALS");
		assertThat(incomplete).bodyJson().extractingPath("$.missing").isEqualTo(List.of("房产证明 1 份：不动产登记中心"));
	}

	@Test
	@DisplayName("AST-6: notice-service failing, the pre-check is kept pending (202) — the stated fallback — and a "
			+ "retry with the same idempotency key completes it once notice-service answers; a retry from an older "
			+ "version than its ETag answers 412")
	void failedPrecheckIsKeptAndRetried() {
		NOTICE.answer("GET", "/api/v1/matters/RESIDENTIAL_CONNECTION", 200, MATTER);
		NOTICE.answer("POST", "/api/v1/prechecks", 503, "{\"status\":503}");

		MvcTestResult pending = calls().post("/api/v1/assists/prechecks", PRECHECK);

		assertThat(pending).hasStatus(HttpStatus.ACCEPTED);
		assertThat(pending).bodyJson().extractingPath("$.status.code").isEqualTo("PRECHECK_PENDING");
		String id = JsonPath.read(new String(pending.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
				"$.id");
		NOTICE.answer("POST", "/api/v1/prechecks", 201, """
				{"applicationId":"a3","applicationNumber":"SQ20261202-0003","complete":true,"missing":[]}""");

		assertThat(calls().get("/api/v1/assists/cases/" + id)).hasHeader(HttpHeaders.ETAG, "\"0\"");
		assertProblem(calls().post("/api/v1/assists/cases/" + id + "/precheck", "\"1\"", "{}"),
				HttpStatus.PRECONDITION_FAILED, "stale-version");

		MvcTestResult retried = calls().post("/api/v1/assists/cases/" + id + "/precheck", "\"0\"", "{}");

		assertThat(retried).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"");
		assertThat(retried).bodyJson().extractingPath("$.status.code").isEqualTo("GUIDED");
		List<String> keys = NOTICE.received()
			.stream()
			.filter(received -> received.path().equals("/api/v1/prechecks"))
			.map(NoticeServiceStub.Received::idempotencyKey)
			.toList();
		assertThat(keys.get(keys.size() - 1)).as("the retry repeats the first call's key")
			.isEqualTo(keys.get(keys.size() - 2));
	}

	@Test
	@DisplayName("AST-6: notice-service down and its catalogue never read here: the pre-check is still kept pending "
			+ "(202), and a consultation answers 503 problem+json with Retry-After instead of guessing")
	void noticeServiceDownBeforeAnyRead() {
		NOTICE.answer("GET", "/api/v1/matters/METER_RELOCATION", 503, "{\"status\":503}");
		NOTICE.answer("POST", "/api/v1/prechecks", 503, "{\"status\":503}");

		MvcTestResult pending = calls().post("/api/v1/assists/prechecks",
				PRECHECK.replace("RESIDENTIAL_CONNECTION", "METER_RELOCATION"));
		assertThat(pending).hasStatus(HttpStatus.ACCEPTED);
		assertThat(pending).bodyJson().extractingPath("$.status.code").isEqualTo("PRECHECK_PENDING");

		MvcTestResult consultation = calls().post("/api/v1/assists/consultations", """
				{"applicant":{"name":"王丽","phone":"13812345678"},"matterCode":"METER_RELOCATION"}""");
		assertProblem(consultation, HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable");
		assertThat(consultation).hasHeader("Retry-After", "30");
	}

	private JsonCalls calls() {
		return new JsonCalls(mvc).as(HELPER);
	}

	@Test
	@DisplayName("The API document shows each help desk answer with the statuses it really has: a consultation 201, a "
			+ "pre-check 201 or 202 (pending), a retried pre-check 200 or 202, each with the case as its body")
	void apiDocumentShowsEachAnswersStatuses() {
		assertDocumentedAnswers(mvc, "post", "/api/v1/assists/consultations", "DeskCaseView", "201");
		assertDocumentedAnswers(mvc, "post", "/api/v1/assists/prechecks", "DeskCaseView", "201", "202");
		assertDocumentedAnswers(mvc, "post", "/api/v1/assists/cases/{id}/precheck", "DeskCaseView", "200", "202");
	}

}
