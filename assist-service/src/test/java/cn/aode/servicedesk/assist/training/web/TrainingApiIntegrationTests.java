package cn.aode.servicedesk.assist.training.web;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.TopicRecords;
import cn.aode.servicedesk.platform.security.Role;

import static cn.aode.servicedesk.platform.JsonCalls.body;
import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trainings (AST-8, AST-10) and the monthly exam (AST-9) through the API against real
 * PostgreSQL and Kafka: a failed score takes the helper off duty for a day on the rota
 * and reaches the staff record topic.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class TrainingApiIntegrationTests {

	private static final String HEAD = TestTokens.staff("head-01", Role.DEPARTMENT_HEAD);

	@Autowired
	MockMvcTester mvc;

	@Test
	@DisplayName("AST-8, AST-10: a weekly training invites every full-time helper, an ad-hoc one whom it concerns; "
			+ "attendance is recorded and weeks without a weekly training are listed")
	void trainingsInviteAndRecordAttendance() {
		String fullTime = helper("FULL_TIME");
		String window = helper("WINDOW");
		MvcTestResult weekly = calls(HEAD).post("/api/v1/trainings", """
				{"kind":"WEEKLY","heldOn":"2031-03-03","topic":"燃气报装流程","content":"报装所需材料及流程"}""");
		assertThat(weekly).hasStatus(HttpStatus.CREATED);
		List<String> invited = JsonPath.read(body(weekly), "$.attendees[*].staffId");
		assertThat(invited).contains(fullTime).doesNotContain(window);
		String weeklyId = JsonPath.read(body(weekly), "$.id");
		assertThat(calls(HEAD).post("/api/v1/trainings/" + weeklyId + "/attendance", """
				{"present":["%s"]}""".formatted(fullTime))).hasStatusOk();

		MvcTestResult adHoc = calls(HEAD).post("/api/v1/trainings", """
				{"kind":"AD_HOC","heldOn":"2031-03-12","topic":"冬季安全用气宣传","content":"宣传口径","invited":["%s"]}"""
			.formatted(window));
		assertThat(JsonPath.<List<String>>read(body(adHoc), "$.attendees[*].staffId")).containsExactly(window);
		assertThat(JsonPath.<List<String>>read(
				body(calls(HEAD).get("/api/v1/trainings/weeks-without-weekly-training?from=2031-03-03&to=2031-03-16")),
				"$[*]"))
			.containsExactly("2031-03-10");
		MvcTestResult refused = calls(TestTokens.staff("spc-01", Role.SPECIALIST)).post("/api/v1/trainings", """
				{"kind":"WEEKLY","heldOn":"2031-03-03","topic":"t","content":"c"}""");
		assertProblem(refused, HttpStatus.FORBIDDEN, "forbidden");
	}

	@Test
	@DisplayName("AST-9: the monthly exam draws on the month's trainings; 84 takes the helper off duty for a day on "
			+ "the rota and reaches the staff record, 85 does nothing; a month without trainings answers 422 AST-9")
	void monthlyExamAndStudyDay() {
		int year = ThreadLocalRandom.current().nextInt(2100, 3000);
		String studyOn = year + "-05-06";
		String failing = helper("WINDOW");
		String passing = helper("WINDOW");
		assertThat(calls(HEAD).post("/api/v1/helpers/rota", """
				{"day":"%s","shift":"MORNING","staffId":"%s"}""".formatted(studyOn, failing)))
			.hasStatus(HttpStatus.CREATED);
		helper("FULL_TIME");
		assertThat(calls(HEAD).post("/api/v1/trainings", """
				{"kind":"WEEKLY","heldOn":"%d-04-07","topic":"一次性告知要求","content":"材料清单一次讲清"}""".formatted(year)))
			.hasStatus(HttpStatus.CREATED);
		String month = "{\"month\":\"" + year + "-04\"}";
		MvcTestResult exam = calls(HEAD).post("/api/v1/trainings/exams", month);
		assertThat(exam).hasStatus(HttpStatus.CREATED);
		assertThat(exam).bodyJson().extractingPath("$.topics").asString().contains("一次性告知要求");
		String examId = JsonPath.read(body(exam), "$.id");
		assertProblem(calls(HEAD).post("/api/v1/trainings/exams", month), HttpStatus.CONFLICT, "invalid-state");
		MvcTestResult empty = calls(HEAD).post("/api/v1/trainings/exams", "{\"month\":\"" + year + "-02\"}");
		assertProblem(empty, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(empty).bodyJson().extractingPath("$.rule").isEqualTo("AST-9");

		assertThat(score(examId, failing, 84, studyOn)).hasStatusOk();
		assertThat(score(examId, passing, 85, studyOn)).hasStatusOk();

		String rota = body(calls(HEAD).get("/api/v1/helpers/rota?from=" + studyOn + "&to=" + studyOn + "&size=200"));
		assertThat(JsonPath.<List<String>>read(rota,
				"$.items[?(@.staffId == '" + failing + "' && @.shift.code == 'MORNING')].status.code"))
			.containsExactly("ABSENT");
		assertThat(JsonPath.<List<String>>read(rota,
				"$.items[?(@.staffId == '" + failing + "' && @.shift.code == 'AFTERNOON')].kind.code"))
			.containsExactly("STUDY");
		assertThat(JsonPath.<List<String>>read(rota, "$.items[?(@.staffId == '" + passing + "')].id")).isEmpty();
		List<ConsumerRecord<String, String>> entries = TopicRecords.awaitRecords(
				SharedInfra.get().kafka().bootstrapServers(), Topics.STAFF_RECORD_REQUESTS, 1,
				record -> failing.equals(record.key()));
		assertThat(entries).singleElement()
			.satisfies(record -> assertThat(record.value()).contains("\"rule\":\"AST-9\""));
		assertProblem(score(examId, passing, 90, studyOn), HttpStatus.CONFLICT, "invalid-state");
	}

	@Test
	@DisplayName("AST-8, AST-9: a training and an exam carry their version as ETag; attendance or a score from an "
			+ "older version answers 412, from the current version it is recorded and the version moves on")
	void trainingsAndExamsAreChangedFromTheirCurrentVersion() {
		int year = ThreadLocalRandom.current().nextInt(3000, 3900);
		String fullTime = helper("FULL_TIME");
		MvcTestResult held = calls(HEAD).post("/api/v1/trainings", """
				{"kind":"AD_HOC","heldOn":"%d-06-02","topic":"入户安检口径","content":"安检要点","invited":["%s"]}"""
			.formatted(year, fullTime));
		String trainingId = JsonPath.read(body(held), "$.id");
		assertThat(calls(HEAD).get("/api/v1/trainings/" + trainingId)).hasHeader(HttpHeaders.ETAG, "\"0\"");
		String present = "{\"present\":[\"" + fullTime + "\"]}";
		assertProblem(calls(HEAD).post("/api/v1/trainings/" + trainingId + "/attendance", "\"1\"", present),
				HttpStatus.PRECONDITION_FAILED, "stale-version");
		assertThat(calls(HEAD).post("/api/v1/trainings/" + trainingId + "/attendance", "\"0\"", present)).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"1\"");

		String examId = JsonPath.read(body(calls(HEAD).post("/api/v1/trainings/exams", """
				{"month":"%d-06"}""".formatted(year))), "$.id");
		assertThat(calls(HEAD).get("/api/v1/trainings/exams/" + examId)).hasHeader(HttpHeaders.ETAG, "\"0\"");
		String score = "{\"staffId\":\"" + fullTime + "\",\"score\":92}";
		assertProblem(calls(HEAD).post("/api/v1/trainings/exams/" + examId + "/scores", "\"2\"", score),
				HttpStatus.PRECONDITION_FAILED, "stale-version");
		assertThat(calls(HEAD).post("/api/v1/trainings/exams/" + examId + "/scores", "\"0\"", score)).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"1\"");
	}

	private MvcTestResult score(String examId, String staffId, int score, String studyOn) {
		return calls(HEAD).post("/api/v1/trainings/exams/" + examId + "/scores", """
				{"staffId":"%s","score":%d,"studyOn":"%s"}""".formatted(staffId, score, studyOn));
	}

	private String helper(String kind) {
		String staffId = "helper-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(calls(HEAD).put("/api/v1/helpers/" + staffId, """
				{"name":"帮办员","kind":"%s"}""".formatted(kind))).hasStatus(HttpStatus.CREATED);
		return staffId;
	}

	private JsonCalls calls(String token) {
		return new JsonCalls(mvc).as(token);
	}

}
