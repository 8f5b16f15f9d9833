package cn.aode.servicedesk.assist.unresolved.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

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

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "could-not-get-it-done" window (AST-1) through the API against real PostgreSQL and
 * Kafka: escalated to the center's head at once on a deadline clock, resolved by them,
 * reported by month.
 */
@SpringBootTest(properties = "servicedesk.assist.unresolved.head=head-unresolved")
@AutoConfigureMockMvc
@EmbeddedInfra
class UnresolvedWindowIntegrationTests {

	private static final String CLERK = TestTokens.staff("clerk-1", Role.SERVICE_CENTER_CLERK);

	private static final String HEAD = TestTokens.staff("head-unresolved", Role.DEPARTMENT_HEAD);

	@Autowired
	MockMvcTester mvc;

	@Test
	@DisplayName("AST-1: a could-not-get-it-done case goes to the center's head at once with a deadline clock; only "
			+ "they resolve it (403 naming AST-1 otherwise), which stops the clock; the month's report counts it")
	void caseIsEscalatedResolvedAndReported() {
		MvcTestResult received = calls(CLERK).post("/api/v1/assists/unresolved", """
				{"applicantName":"刘大爷","applicantPhone":"13900001111","matter":"燃气表过户",
				 "account":"跑了三次仍说材料不全，每次说法不同","cause":"SENT_BACK_AND_FORTH"}""");
		assertThat(received).hasStatus(HttpStatus.CREATED);
		assertThat(received).bodyJson().extractingPath("$.escalatedTo").isEqualTo("head-unresolved");
		String body = new String(received.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		String id = JsonPath.read(body, "$.id");
		assertThat(calls(CLERK).get("/api/v1/assists/unresolved/" + id)).hasHeader(HttpHeaders.ETAG, "\"0\"");
		String key = "assist-service/" + id + "/unresolved";
		List<ConsumerRecord<String, String>> requested = TopicRecords.awaitRecords(
				SharedInfra.get().kafka().bootstrapServers(), Topics.DEADLINE_REQUESTS, 1,
				record -> key.equals(record.key()));
		assertThat(requested).singleElement().satisfies(record -> {
			assertThat(TopicRecords.header(record, EventHeaders.TYPE)).isEqualTo("deadline.requested");
			assertThat(record.value()).contains("\"responsibleStaffId\":\"head-unresolved\"").contains("\"P5WD\"");
		});

		MvcTestResult refused = calls(CLERK).post("/api/v1/assists/unresolved/" + id + "/resolution",
				"{\"resolution\":\"已协调\"}");
		assertProblem(refused, HttpStatus.FORBIDDEN, "forbidden");
		assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("AST-1");
		assertThat(calls(HEAD).post("/api/v1/assists/unresolved/" + id + "/resolution",
				"{\"resolution\":\"主任协调营业厅当场办结过户，并对首问窗口提出批评\"}"))
			.hasStatusOk();
		assertThat(TopicRecords.awaitRecords(SharedInfra.get().kafka().bootstrapServers(), Topics.DEADLINE_REQUESTS, 2,
				record -> key.equals(record.key())))
			.extracting(record -> TopicRecords.header(record, EventHeaders.TYPE))
			.containsExactlyInAnyOrder("deadline.requested", "deadline.satisfied");

		MvcTestResult report = calls(HEAD)
			.get("/api/v1/assists/unresolved/report?month=" + YearMonth.now(CaseNumbers.BUSINESS_ZONE));
		assertThat(report).hasStatusOk();
		assertThat(report).bodyJson().extractingPath("$.resolved").asNumber().isNotEqualTo(0);
		assertThat(report).bodyJson()
			.extractingPath("$.byCause[*].cause.code")
			.asArray()
			.contains("SENT_BACK_AND_FORTH");
		assertProblem(calls(CLERK).get("/api/v1/assists/unresolved/report?month=2026-12"), HttpStatus.FORBIDDEN,
				"forbidden");
	}

	private JsonCalls calls(String token) {
		return new JsonCalls(mvc).as(token);
	}

}
