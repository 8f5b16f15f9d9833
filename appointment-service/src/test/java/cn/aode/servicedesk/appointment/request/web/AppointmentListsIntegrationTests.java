package cn.aode.servicedesk.appointment.request.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.deadline.DeadlineScheduled;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.EventRecords;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.security.Role;

import static cn.aode.servicedesk.platform.JsonCalls.body;
import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's lists on real PostgreSQL and Kafka: a staff member's day, the pending
 * replies with their due times from deadline-service, the appointments given up in a
 * week. Its own consumer group, so that the deadline events it sends reach this context's
 * database.
 */
@SpringBootTest(properties = "spring.kafka.consumer.group-id=appointment-lists-tests")
@AutoConfigureMockMvc
@EmbeddedInfra
class AppointmentListsIntegrationTests {

	private static final String HOME_VISIT = """
			{"kind":"HOME_VISIT","reason":"CANNOT_COME_IN_WORKING_HOURS","applicantType":"INDIVIDUAL",
			 "applicantName":"%s","applicantPhone":"13900001111","customerId":"CRM-7","specialCare":false,
			 "channel":"PHONE","matter":"开通燃气","address":"科尔沁区建国路12号3-201"%s}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JsonMapper json;

	private JsonCalls api;

	@BeforeEach
	void calls() {
		api = new JsonCalls(mvc);
	}

	@Test
	@DisplayName("A staff member's appointments of a day, by agreed time, their own by default; for staff only")
	void staffMembersDay() {
		String staffId = "day-" + UUID.randomUUID().toString().substring(0, 8);
		LocalDate day = LocalDate.now(CaseNumbers.BUSINESS_ZONE).plusDays(3);
		Instant morning = day.atTime(9, 0).atZone(CaseNumbers.BUSINESS_ZONE).toInstant();
		String late = accept(receive("下午客户", ""), morning.plus(Duration.ofHours(6)), staffId);
		String early = accept(receive("上午客户", ""), morning, staffId);
		accept(receive("次日客户", ""), morning.plus(Duration.ofDays(1)), staffId);

		MvcTestResult own = api.as(TestTokens.staff(staffId, Role.SPECIALIST))
			.get("/api/v1/appointments/today?date=" + day);
		MvcTestResult asked = api.get("/api/v1/appointments/today?date=" + day + "&staffId=" + staffId);

		assertThat(own).hasStatusOk().bodyJson().extractingPath("$.items[*].id").isEqualTo(List.of(early, late));
		assertThat(asked).bodyJson().extractingPath("$.items[*].id").isEqualTo(List.of(early, late));
		assertThat(asked).bodyJson().extractingPath("$.totalItems").isEqualTo(2);
		assertThat(api.as(TestTokens.customer("CRM-7")).get("/api/v1/appointments/today"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@DisplayName("APT-5: pending replies are listed oldest first with when each answer is due, as deadline-service "
			+ "scheduled it")
	void pendingRepliesOldestFirstWithTheirDueTime() {
		Instant now = Instant.now();
		String older = receive("较早申请", ",\"receivedAt\":\"" + now.minus(Duration.ofDays(2)) + "\"");
		String newer = receive("较晚申请", ",\"receivedAt\":\"" + now.minus(Duration.ofDays(1)) + "\"");
		Instant due = now.plus(Duration.ofHours(20)).truncatedTo(ChronoUnit.SECONDS);
		kafka.send(EventRecords.of(new DeadlineScheduled(UUID.randomUUID(), now, UUID.randomUUID(),
				new DeadlineSubject("appointment-service", newer, "YY", "reply"), "P1WD", due, "clerk-1", "客户服务中心"),
				json))
			.join();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from reply_deadline where appointment_id = ?")
				.param(UUID.fromString(newer))
				.query(Long.class)
				.single() == 1);
		MvcTestResult pending = api.get("/api/v1/appointments/pending-replies?size=200");

		assertThat(pending).hasStatusOk();
		List<String> ids = JsonPath.read(body(pending), "$.items[*].id");
		assertThat(ids).containsSubsequence(older, newer);
		assertThat(JsonPath.<List<String>>read(body(pending), "$.items[?(@.id == '" + newer + "')].replyDueAt"))
			.containsExactly(due.toString());
		assertThat(JsonPath.<List<Object>>read(body(pending), "$.items[?(@.id == '" + older + "')].replyDueAt"))
			.isEmpty();
	}

	@Test
	@DisplayName("APT-10: the appointments given up in an ISO week, by agreed time; a malformed week answers 400")
	void givenUpByWeek() {
		LocalDate day = LocalDate.now(CaseNumbers.BUSINESS_ZONE).plusWeeks(2);
		Instant at = day.atTime(10, 0).atZone(CaseNumbers.BUSINESS_ZONE).toInstant();
		String givenUp = accept(receive("未到客户", ""), at, "week-" + UUID.randomUUID().toString().substring(0, 8));
		String kept = accept(receive("按时客户", ""), at, "week-" + UUID.randomUUID().toString().substring(0, 8));
		// as the no-show scan leaves it (proven with a moving clock in
		// AppointmentAttendanceIntegrationTests)
		jdbc.sql("update appointment_request set status = 'GAVE_UP' where id = ?")
			.param(UUID.fromString(givenUp))
			.update();
		String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
				+ String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));

		MvcTestResult listed = api.get("/api/v1/appointments/given-up?week=" + week + "&size=200");

		assertThat(listed).hasStatusOk();
		List<String> ids = JsonPath.read(body(listed), "$.items[*].id");
		assertThat(ids).contains(givenUp).doesNotContain(kept);
		assertThat(JsonPath.<List<String>>read(body(listed), "$.items[*].status.code")).containsOnly("GAVE_UP");
		assertThat(JsonPath.<List<String>>read(
				body(api.get("/api/v1/appointments/given-up?week=" + day.minusWeeks(1).get(IsoFields.WEEK_BASED_YEAR)
						+ "-W" + String.format("%02d", day.minusWeeks(1).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)))),
				"$.items[*].id"))
			.doesNotContain(givenUp);
		assertProblem(api.get("/api/v1/appointments/given-up?week=last"), HttpStatus.BAD_REQUEST, "invalid-value");
	}

	private String receive(String applicant, String extra) {
		return JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT.formatted(applicant, extra))), "$.id");
	}

	private String accept(String id, Instant at, String staffId) {
		assertThat(api.post("/api/v1/appointments/" + id + "/acceptance",
				"{\"agreedTime\":\"%s\",\"staffId\":\"%s\"}".formatted(at, staffId)))
			.hasStatusOk();
		return id;
	}

}
