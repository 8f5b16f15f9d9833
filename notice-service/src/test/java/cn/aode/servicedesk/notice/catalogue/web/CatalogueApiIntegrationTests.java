package cn.aode.servicedesk.notice.catalogue.web;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.notice.catalogue.MatterFixtures;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.security.Role;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The matter catalogue through its API, against real PostgreSQL and Kafka. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class CatalogueApiIntegrationTests {

	static final String OFFICE = TestTokens.staff("office-01", Role.OFFICE_HANDLER);

	@Autowired
	MockMvcTester mvc;

	@Test
	@DisplayName("NTC-1: the seeded catalogue is read without a token: at least 8 matter types, each with its "
			+ "basis, time limit, procedure, complete material list, rectification items and cases not handled")
	void theSeededCatalogueIsPublishedInFull() throws Exception {
		MvcTestResult result = mvc.get()
			.uri("/api/v1/matters?size=50")
			.header(HttpHeaders.AUTHORIZATION, "")
			.exchange();

		assertThat(result).hasStatusOk();
		String body = result.getResponse().getContentAsString();
		List<Map<String, Object>> matters = JsonPath.read(body, "$.items");
		assertThat(matters).hasSizeGreaterThanOrEqualTo(8);
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].code")).contains("RESIDENTIAL_CONNECTION",
				"ENTERPRISE_CONNECTION", "ACCOUNT_TRANSFER", "METER_RELOCATION", "RECONNECTION");
		for (Map<String, Object> matter : matters) {
			assertThat(matter).as(String.valueOf(matter.get("code")))
				.extractingByKeys("basis", "procedure", "materials", "rectifications", "notHandled")
				.allSatisfy(part -> assertThat((List<?>) part).isNotEmpty());
			assertThat(matter.get("timeLimit")).asString().contains("policy=P", "工作日");
		}
		assertThat(JsonPath.<Integer>read(body, "$.totalItems")).isEqualTo(matters.size());
		MvcTestResult one = mvc.get()
			.uri("/api/v1/matters/RESIDENTIAL_CONNECTION")
			.header(HttpHeaders.AUTHORIZATION, "")
			.exchange();
		assertThat(one).hasStatusOk().hasHeader("ETag", "\"1\"");
		assertThat(one).bodyJson()
			.extractingPath("$.materials[0].form")
			.isEqualTo(Map.of("code", "ORIGINAL_AND_COPY", "zh", "原件及复印件", "en", "Original and copy"));
		assertThat(one).bodyJson().extractingPath("$.materials[3].appliesWhen").isEqualTo("委托他人代办时");
		assertThat(one).bodyJson().extractingPath("$.timeLimit.zh").isEqualTo("5个工作日");
	}

	@Test
	@DisplayName("NTC-1: a revision by the office is the next version in force; the earlier version stays "
			+ "readable as it was published, and both are listed")
	void aRevisionIsANewVersionAndTheOldOneStays() {
		JsonCalls office = new JsonCalls(mvc).as(OFFICE);
		MvcTestResult published = office.post("/api/v1/matters", MatterFixtures.NEW_MATTER.formatted("SAFETY_CHECK_A"));
		assertThat(published).hasStatus(HttpStatus.CREATED).hasHeader("Location", "/api/v1/matters/SAFETY_CHECK_A");

		MvcTestResult revised = office.put("/api/v1/matters/SAFETY_CHECK_A",
				MatterFixtures.NEW_MATTER.formatted("SAFETY_CHECK_A")
					.replace("\"P3WD\"", "\"P2WD\"")
					.replace("\"notHandled\"", "\"changeNote\":\"时限缩短为2个工作日\",\"notHandled\""));

		assertThat(revised).hasStatusOk().hasHeader("ETag", "\"2\"");
		assertThat(revised).bodyJson().extractingPath("$.timeLimit.policy").isEqualTo("P2WD");
		assertThat(revised).bodyJson().extractingPath("$.changeNote").isEqualTo("时限缩短为2个工作日");
		MvcTestResult first = office.get("/api/v1/matters/SAFETY_CHECK_A/versions/1");
		assertThat(first).bodyJson().extractingPath("$.timeLimit.policy").isEqualTo("P3WD");
		assertThat(first).bodyJson().extractingPath("$.current").isEqualTo(false);
		assertThat(office.get("/api/v1/matters/SAFETY_CHECK_A")).bodyJson().extractingPath("$.version").isEqualTo(2);
		assertThat(office.get("/api/v1/matters/SAFETY_CHECK_A/versions")).bodyJson()
			.extractingPath("$.items[*].version")
			.asArray()
			.containsExactly(2, 1);
	}

	@Test
	@DisplayName("NTC-1: only the office edits the catalogue (403 NTC-1), a matter without all its parts is "
			+ "refused (422 NTC-1), a stale If-Match answers 412, an unknown matter 404, bad values 400")
	void editsAreCheckedAndRefusalsArePrimary() {
		JsonCalls office = new JsonCalls(mvc).as(OFFICE);
		String matter = MatterFixtures.NEW_MATTER.formatted("SAFETY_CHECK_B");

		MvcTestResult clerk = new JsonCalls(mvc).post("/api/v1/matters", matter);
		assertProblem(clerk, HttpStatus.FORBIDDEN, "forbidden");
		assertThat(clerk).bodyJson().extractingPath("$.rule").isEqualTo("NTC-1");
		MvcTestResult incomplete = office.post("/api/v1/matters", matter.replace("[\"发现隐患的按《安全隐患整改通知书》整改\"]", "[]"));
		assertProblem(incomplete, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(incomplete).bodyJson().extractingPath("$.rule").isEqualTo("NTC-1");
		assertProblem(office.post("/api/v1/matters", matter.replace("P3WD", "three days")), HttpStatus.BAD_REQUEST,
				"invalid-value");
		assertProblem(office.post("/api/v1/matters", matter.replace("\"ORIGINAL\"", "\"SCAN\"")),
				HttpStatus.BAD_REQUEST, "unreadable");
		assertThat(office.post("/api/v1/matters", matter)).hasStatus(HttpStatus.CREATED);
		assertProblem(office.post("/api/v1/matters", matter), HttpStatus.CONFLICT, "invalid-state");
		assertProblem(mvc.put()
			.uri("/api/v1/matters/SAFETY_CHECK_B")
			.header(HttpHeaders.AUTHORIZATION, OFFICE)
			.header(HttpHeaders.IF_MATCH, "\"7\"")
			.contentType("application/json")
			.content(matter)
			.exchange(), HttpStatus.PRECONDITION_FAILED, "stale-version");
		assertProblem(office.get("/api/v1/matters/NO_SUCH_MATTER"), HttpStatus.NOT_FOUND, "not-found");
		assertProblem(office.get("/api/v1/matters/NO_SUCH_MATTER/versions"), HttpStatus.NOT_FOUND, "not-found");
	}

}
