package cn.aode.servicedesk.assist.errand.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.events.EventHeaders;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.TopicRecords;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.security.Role;

import static cn.aode.servicedesk.platform.JsonCalls.body;
import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Authorisations and permit errands (AST-7) through the API against real PostgreSQL and
 * Kafka: the errand's deadline requests reach deadline-service's topic in order of the
 * errand's steps.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class ErrandApiIntegrationTests {

	private static final String HELPER = TestTokens.staff("helper-01", Role.HELPER);

	@Autowired
	MockMvcTester mvc;

	@Test
	@DisplayName("AST-7: an errand runs under the customer's authorisation; its clock is requested, paused while the "
			+ "authority decides, resumed and satisfied, each on deadline-requests")
	void errandUnderAnAuthorisation() {
		String authorisationId = authorise("ROAD_OCCUPATION_AND_EXCAVATION", true);
		MvcTestResult begun = calls().post("/api/v1/assists/errands", """
				{"authorisationId":"%s","permit":"ROAD_OCCUPATION_AND_EXCAVATION","authority":"科左中旗城市管理综合行政执法局",
				 "documents":["施工图","道路挖掘申请表","交通疏导方案"]}""".formatted(authorisationId));
		assertThat(begun).hasStatus(HttpStatus.CREATED);
		assertThat(begun).bodyJson().extractingPath("$.status.zh").isEqualTo("准备材料");
		assertThat(begun).bodyJson().extractingPath("$.handledBy").isEqualTo("helper-01");
		String id = JsonPath.read(body(begun), "$.id");
		String uri = "/api/v1/assists/errands/" + id;
		LocalDate today = LocalDate.now(CaseNumbers.BUSINESS_ZONE);

		assertThat(calls().post(uri + "/submission", "{\"submittedOn\":\"%s\"}".formatted(today))).hasStatusOk();
		assertThat(calls().post(uri + "/decision", """
				{"approved":true,"decidedOn":"%s","note":"准予临时占用挖掘"}""".formatted(today))).hasStatusOk();
		assertProblem(calls().post(uri + "/submission", "{\"submittedOn\":\"%s\"}".formatted(today)),
				HttpStatus.CONFLICT, "invalid-state");
		assertThat(calls().post(uri + "/closure", "{}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status.code")
			.isEqualTo("CLOSED");

		String key = "assist-service/" + id + "/errand";
		List<ConsumerRecord<String, String>> requests = TopicRecords.awaitRecords(
				SharedInfra.get().kafka().bootstrapServers(), Topics.DEADLINE_REQUESTS, 4,
				record -> key.equals(record.key()));
		assertThat(requests).extracting(record -> TopicRecords.header(record, EventHeaders.TYPE))
			.containsExactlyInAnyOrder("deadline.requested", "deadline.pause-requested", "deadline.resume-requested",
					"deadline.satisfied");
	}

	@Test
	@DisplayName("AST-7: an errand without a valid authorisation — another permit, revoked — answers 422 naming AST-7; "
			+ "an authorisation that is not voluntary too; an unknown one 404")
	void errandWithoutAValidAuthorisationIsRefused() {
		String authorisationId = authorise("GREEN_SPACE_OCCUPATION", true);

		MvcTestResult otherPermit = begin(authorisationId, "TREE_FELLING_OR_MOVING");
		assertProblem(otherPermit, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(otherPermit).bodyJson().extractingPath("$.rule").isEqualTo("AST-7");
		assertThat(calls().post("/api/v1/assists/authorisations/" + authorisationId + "/revocation", "{}"))
			.hasStatusOk();
		assertThat(begin(authorisationId, "GREEN_SPACE_OCCUPATION")).bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("AST-7");

		MvcTestResult notVoluntary = calls().post("/api/v1/assists/authorisations", authorisation("OTHER", false));
		assertProblem(notVoluntary, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(notVoluntary).bodyJson().extractingPath("$.rule").isEqualTo("AST-7");
		assertProblem(begin(UUID.randomUUID().toString(), "OTHER"), HttpStatus.NOT_FOUND, "not-found");
		assertProblem(calls().post("/api/v1/assists/errands", "{}"), HttpStatus.BAD_REQUEST, "validation");
	}

	@Test
	@DisplayName("AST-7: an authorisation carries its version as ETag; a revocation from an older version answers "
			+ "412, from the current version it is revoked")
	void anAuthorisationIsRevokedFromItsCurrentVersion() {
		String authorisationId = authorise("GREEN_SPACE_OCCUPATION", true);
		String uri = "/api/v1/assists/authorisations/" + authorisationId;
		assertThat(calls().get(uri)).hasHeader(HttpHeaders.ETAG, "\"0\"");

		assertProblem(calls().post(uri + "/revocation", "\"1\"", "{}"), HttpStatus.PRECONDITION_FAILED,
				"stale-version");
		MvcTestResult revoked = calls().post(uri + "/revocation", "\"0\"", "{}");
		assertThat(revoked).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"");
		assertThat(revoked).bodyJson().extractingPath("$.revokedAt").isNotNull();
	}

	private MvcTestResult begin(String authorisationId, String permit) {
		return calls().post("/api/v1/assists/errands", """
				{"authorisationId":"%s","permit":"%s","authority":"科左中旗住房和城乡建设局","documents":["申请表"]}"""
			.formatted(authorisationId, permit));
	}

	private String authorise(String permit, boolean voluntary) {
		MvcTestResult given = calls().post("/api/v1/assists/authorisations", authorisation(permit, voluntary));
		assertThat(given).hasStatus(HttpStatus.CREATED);
		return JsonPath.read(body(given), "$.id");
	}

	private static String authorisation(String permit, boolean voluntary) {
		LocalDate today = LocalDate.now(CaseNumbers.BUSINESS_ZONE);
		return """
				{"customerId":"CRM-%s","customerName":"科左中旗某某小区物业","permits":["%s"],"validFrom":"%s",
				 "validUntil":"%s","signatureRef":"委托书 WT-2026-118","voluntary":%s}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8), permit, today, today.plusMonths(3), voluntary);
	}

	private JsonCalls calls() {
		return new JsonCalls(mvc).as(HELPER);
	}

}
