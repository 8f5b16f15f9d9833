package cn.aode.servicedesk.assist.rota.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.MutableClock;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.TopicRecords;
import cn.aode.servicedesk.platform.security.Role;

import static cn.aode.servicedesk.platform.ApiDocumentAssertions.assertDocumentedAnswers;
import static cn.aode.servicedesk.platform.JsonCalls.body;
import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The helpers (AST-2) and their rota (AST-3, AST-4) through the API, against real
 * PostgreSQL and Kafka, with a clock the tests set.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class RotaApiIntegrationTests {

	private static final String CLERK = TestTokens.staff("clerk-1", Role.SERVICE_CENTER_CLERK);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MutableClock clock;

	@Test
	@DisplayName("AST-2: the window staff name full-time and window helpers; a specialist cannot (403 naming AST-2)")
	void windowStaffNameHelpers() {
		String staffId = newStaff();
		MvcTestResult named = calls(CLERK).put("/api/v1/helpers/" + staffId, """
				{"name":"赵敏","kind":"WINDOW"}""");
		assertThat(named).hasStatus(HttpStatus.CREATED);
		assertThat(named).bodyJson().extractingPath("$.kind.zh").isEqualTo("窗口帮办代办员");
		assertThat(named).bodyJson().extractingPath("$.namedBy").isEqualTo("clerk-1");
		assertThat(calls(CLERK).put("/api/v1/helpers/" + staffId, """
				{"name":"赵敏","kind":"FULL_TIME"}""")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.kind.code")
			.isEqualTo("FULL_TIME");

		MvcTestResult refused = calls(TestTokens.staff("spc-01", Role.SPECIALIST)).put("/api/v1/helpers/" + newStaff(),
				"""
						{"name":"钱进","kind":"WINDOW"}""");
		assertProblem(refused, HttpStatus.FORBIDDEN, "forbidden");
		assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("AST-2");
		assertProblem(calls(CLERK).put("/api/v1/helpers/" + newStaff(), "{\"name\":\"孙\"}"), HttpStatus.BAD_REQUEST,
				"validation");
	}

	@Test
	@DisplayName("AST-3: one or two window helpers per shift: a third answers 422 naming AST-3, a full-time helper "
			+ "may join; a shift with none present is reported until someone is on duty")
	void oneOrTwoWindowHelpersPerShift() {
		LocalDate day = LocalDate.parse("2027-03-01");
		String first = helper("WINDOW");
		String second = helper("WINDOW");
		String third = helper("WINDOW");
		String fullTime = helper("FULL_TIME");
		assertThat(gaps(day)).as("nobody on duty yet").contains("MORNING");

		assertThat(assign(day, "MORNING", first)).hasStatus(HttpStatus.CREATED);
		assertThat(gaps(day)).doesNotContain("MORNING").contains("AFTERNOON");
		assertThat(assign(day, "MORNING", second)).hasStatus(HttpStatus.CREATED);
		MvcTestResult refused = assign(day, "MORNING", third);
		assertProblem(refused, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("AST-3");
		assertThat(assign(day, "MORNING", fullTime)).hasStatus(HttpStatus.CREATED);
		assertProblem(assign(day, "MORNING", first), HttpStatus.CONFLICT, "invalid-state");
		assertProblem(assign(day, "MORNING", "nobody-" + UUID.randomUUID()), HttpStatus.NOT_FOUND, "not-found");
	}

	@Test
	@DisplayName("AST-3: two planners racing for a shift's last window place: exactly one wins")
	void raceForTheLastPlace() {
		LocalDate day = LocalDate.parse("2027-03-02");
		assign(day, "AFTERNOON", helper("WINDOW"));
		String a = helper("WINDOW");
		String b = helper("WINDOW");

		List<MvcTestResult> results = List
			.of(CompletableFuture.supplyAsync(() -> assign(day, "AFTERNOON", a)),
					CompletableFuture.supplyAsync(() -> assign(day, "AFTERNOON", b)))
			.stream()
			.map(CompletableFuture::join)
			.toList();

		assertThat(results).extracting(result -> result.getResponse().getStatus()).containsExactlyInAnyOrder(201, 422);
	}

	@Test
	@DisplayName("AST-2: a helper and a duty carry their version as ETag; a rename, a substitution or a check-in "
			+ "from an older version answers 412, one from the current version moves it on")
	void helpersAndDutiesAreChangedFromTheirCurrentVersion() {
		String staffId = helper("WINDOW");
		assertThat(calls(CLERK).get("/api/v1/helpers/" + staffId)).hasHeader(HttpHeaders.ETAG, "\"0\"");
		assertProblem(calls(CLERK).put("/api/v1/helpers/" + staffId, "\"1\"", """
				{"name":"赵敏","kind":"FULL_TIME"}"""), HttpStatus.PRECONDITION_FAILED, "stale-version");
		assertProblem(calls(CLERK).put("/api/v1/helpers/" + newStaff(), "\"0\"", """
				{"name":"赵敏","kind":"FULL_TIME"}"""), HttpStatus.PRECONDITION_FAILED, "stale-version");
		assertThat(calls(CLERK).put("/api/v1/helpers/" + staffId, "\"0\"", """
				{"name":"赵敏","kind":"FULL_TIME"}""")).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"");

		String dutyId = id(assign(LocalDate.parse("2027-03-05"), "MORNING", staffId));
		assertThat(calls(CLERK).get("/api/v1/helpers/rota/" + dutyId)).hasHeader(HttpHeaders.ETAG, "\"0\"");
		String standIn = helper("WINDOW");
		String substitution = """
				{"substituteStaffId":"%s","reason":"MEETING"}""".formatted(standIn);
		assertProblem(calls(CLERK).post("/api/v1/helpers/rota/" + dutyId + "/substitution", "\"3\"", substitution),
				HttpStatus.PRECONDITION_FAILED, "stale-version");
		String standInDuty = id(
				calls(CLERK).post("/api/v1/helpers/rota/" + dutyId + "/substitution", "\"0\"", substitution));
		JsonCalls standInHelper = calls(TestTokens.staff(standIn, Role.HELPER));
		assertProblem(standInHelper.post("/api/v1/helpers/rota/" + standInDuty + "/check-in", "\"1\"", "{}"),
				HttpStatus.PRECONDITION_FAILED, "stale-version");
		assertThat(standInHelper.post("/api/v1/helpers/rota/" + standInDuty + "/check-in", "\"0\"", "{}")).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"1\"");
	}

	@Test
	@DisplayName("AST-3: a helper away on a trip is substituted, with the reason; the shift stays covered")
	void absentHelperIsSubstituted() {
		LocalDate day = LocalDate.parse("2027-03-03");
		String away = helper("WINDOW");
		String standIn = helper("WINDOW");
		String dutyId = id(assign(day, "MORNING", away));

		MvcTestResult substituted = calls(CLERK).post("/api/v1/helpers/rota/" + dutyId + "/substitution", """
				{"substituteStaffId":"%s","reason":"TRIP","note":"赴旗政务中心办理审批"}""".formatted(standIn));

		assertThat(substituted).hasStatus(HttpStatus.CREATED);
		assertThat(substituted).bodyJson().extractingPath("$.substituteFor").isEqualTo(dutyId);
		assertThat(substituted).bodyJson().extractingPath("$.staffId").isEqualTo(standIn);
		MvcTestResult absent = calls(CLERK).get("/api/v1/helpers/rota/" + dutyId);
		assertThat(absent).bodyJson().extractingPath("$.status.code").isEqualTo("ABSENT");
		assertThat(absent).bodyJson().extractingPath("$.absenceReason.zh").isEqualTo("出差");
		assertThat(gaps(day)).doesNotContain("MORNING");
		assertProblem(calls(CLERK).post("/api/v1/helpers/rota/" + dutyId + "/substitution", """
				{"substituteStaffId":"%s","reason":"TRIP"}""".formatted(standIn)), HttpStatus.CONFLICT,
				"invalid-state");
	}

	@Test
	@DisplayName("AST-4: a helper checking in nine minutes before the shift is late, and the penalty reaches the staff "
			+ "record topic; another helper's duty answers 403 naming AST-4")
	void lateCheckInReachesTheStaffRecord() {
		LocalDate day = LocalDate.parse("2027-03-04");
		String staffId = helper("WINDOW");
		String dutyId = id(assign(day, "AFTERNOON", staffId));
		clock.set(Instant.parse("2027-03-04T06:21:00Z"));

		MvcTestResult refused = calls(TestTokens.staff("someone-else", Role.SERVICE_CENTER_CLERK))
			.post("/api/v1/helpers/rota/" + dutyId + "/check-in", "{}");
		assertProblem(refused, HttpStatus.FORBIDDEN, "forbidden");
		assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("AST-4");
		MvcTestResult checkedIn = calls(TestTokens.staff(staffId, Role.SERVICE_CENTER_CLERK))
			.post("/api/v1/helpers/rota/" + dutyId + "/check-in", "{}");

		assertThat(checkedIn).hasStatusOk().bodyJson().extractingPath("$.late").isEqualTo(true);
		List<ConsumerRecord<String, String>> entries = TopicRecords.awaitRecords(
				SharedInfra.get().kafka().bootstrapServers(), Topics.STAFF_RECORD_REQUESTS, 1,
				record -> staffId.equals(record.key()));
		assertThat(entries).singleElement()
			.satisfies(record -> assertThat(record.value()).contains("\"rule\":\"AST-4\""));
	}

	private MvcTestResult assign(LocalDate day, String shift, String staffId) {
		return calls(CLERK).post("/api/v1/helpers/rota", """
				{"day":"%s","shift":"%s","staffId":"%s"}""".formatted(day, shift, staffId));
	}

	private List<String> gaps(LocalDate day) {
		return JsonPath.read(body(calls(CLERK).get("/api/v1/helpers/rota/gaps?from=" + day + "&to=" + day)),
				"$[*].shift.code");
	}

	private String helper(String kind) {
		String staffId = newStaff();
		assertThat(calls(CLERK).put("/api/v1/helpers/" + staffId, """
				{"name":"帮办员","kind":"%s"}""".formatted(kind))).hasStatus(HttpStatus.CREATED);
		return staffId;
	}

	private static String newStaff() {
		return "helper-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String id(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return JsonPath.read(body(result), "$.id");
	}

	private JsonCalls calls(String token) {
		return new JsonCalls(mvc).as(token);
	}

	@TestConfiguration
	static class TestClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.parse("2027-02-01T02:00:00Z"));
		}

	}

	@Test
	@DisplayName("The API document shows naming a helper as answering 201 when new and 200 otherwise, with the helper "
			+ "as the body of both")
	void apiDocumentShowsNamingAsCreatedOrOk() {
		assertDocumentedAnswers(mvc, "put", "/api/v1/helpers/{staffId}", "HelperView", "200", "201");
	}

}
