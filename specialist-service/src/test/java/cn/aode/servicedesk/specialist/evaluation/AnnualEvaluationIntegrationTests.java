package cn.aode.servicedesk.specialist.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.events.deadline.DeadlineCompleted;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.events.deadline.DeadlineViolationRecorded;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.EventRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The annual evaluation from deadline results, penalties and upheld complaints arriving
 * over Kafka.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class AnnualEvaluationIntegrationTests {

	private static final Instant IN_2026 = Instant.parse("2026-06-01T02:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void twoSpecialistsAndAManager() {
		put("/api/v1/departments/CSC", "{\"name\":\"客服中心\"}");
		put("/api/v1/staff/eval-a", "{\"name\":\"甲\",\"departmentId\":\"CSC\",\"roles\":[\"SPECIALIST\"]}");
		put("/api/v1/staff/eval-b", "{\"name\":\"乙\",\"departmentId\":\"CSC\",\"roles\":[\"SPECIALIST\"]}");
		put("/api/v1/staff/eval-gm", "{\"name\":\"总经理\",\"departmentId\":\"CSC\",\"roles\":[\"GENERAL_MANAGER\"]}");
	}

	@Test
	@DisplayName("SPC-7, X-2, CMP-5, APT-13: specialists are ranked by on-time rate, penalties and upheld complaints, "
			+ "and the manager commends the best")
	void ranksAndCommends() {
		send(completed("eval-a", true));
		send(completed("eval-a", true));
		send(completed("eval-b", true));
		send(completed("eval-b", false));
		send(new DeadlineViolationRecorded(UUID.randomUUID(), IN_2026, UUID.randomUUID(), subject(), "eval-b", "客服中心",
				"OVERDUE_WITHOUT_REASON", "CRITICISM", "超时"));
		send(new ComplaintResolved(UUID.randomUUID(), IN_2026, UUID.randomUUID(), "TS20260601-0001", "CRM-100234", "王丽",
				"13812345678", "eval-gm", "服务态度问题属实，本人及主管已向客户道歉", "STAFF_AT_FAULT", "eval-b"));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			MvcTestResult ranking = mvc.get().uri("/api/v1/specialists/evaluation?year=2026").exchange();
			assertThat(ranking).bodyJson().extractingPath("$[0].staffId").isEqualTo("eval-a");
			assertThat(ranking).bodyJson().extractingPath("$[0].onTimeRate").isEqualTo(1.0);
			assertThat(ranking).bodyJson().extractingPath("$[1].onTimeRate").isEqualTo(0.5);
			assertThat(ranking).bodyJson()
				.extractingPath("$[?(@.staffId == 'eval-b')].penalties")
				.asArray()
				.containsExactly(1);
			assertThat(ranking).bodyJson()
				.extractingPath("$[?(@.staffId == 'eval-b')].upheldComplaints")
				.asArray()
				.containsExactly(1);
			assertThat(ranking).as("half on time: 50, minus 5 for the penalty and 5 for the upheld complaint")
				.bodyJson()
				.extractingPath("$[?(@.staffId == 'eval-b')].score")
				.asArray()
				.containsExactly(40.0);
		});

		assertThat(post("/api/v1/specialists/commendations", """
				{"year":2026,"staffIds":["eval-a"],"decidedBy":"eval-b","reason":"按时办结率第一"}"""))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("SPC-7");
		assertThat(post("/api/v1/specialists/commendations", """
				{"year":2026,"staffIds":["eval-a"],"decidedBy":"eval-gm","reason":"按时办结率第一"}"""))
			.hasStatus(HttpStatus.CREATED);
		assertThat(mvc.get().uri("/api/v1/staff/eval-a/record").exchange()).bodyJson()
			.extractingPath("$[0].kind.code")
			.isEqualTo("COMMENDATION");
	}

	private DeadlineCompleted completed(String staffId, boolean onTime) {
		return new DeadlineCompleted(UUID.randomUUID(), IN_2026, UUID.randomUUID(), subject(), staffId, "客服中心", IN_2026,
				onTime);
	}

	private static DeadlineSubject subject() {
		return new DeadlineSubject("appointment-service", UUID.randomUUID().toString(), "YY20260601-0001", "reply");
	}

	private void send(IntegrationEvent event) {
		kafka.send(EventRecords.of(event, json)).join();
	}

	private void put(String uri, String body) {
		assertThat(mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange())
			.hasStatus(HttpStatus.OK);
	}

	private MvcTestResult post(String uri, String body) {
		return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

}
