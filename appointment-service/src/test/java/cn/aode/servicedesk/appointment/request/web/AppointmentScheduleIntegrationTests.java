package cn.aode.servicedesk.appointment.request.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.appointment.AppointmentRescheduled;
import cn.aode.servicedesk.events.customer.SpecialistAssigned;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.platform.EventRecords;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.TopicRecords;
import cn.aode.servicedesk.platform.cases.CaseNumbers;

import static cn.aode.servicedesk.platform.JsonCalls.body;
import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scheduling accepted appointments on real PostgreSQL (APT-6): the exclusion constraint
 * that never books a staff member twice, also under a race; the hall's capacity per slot;
 * free staff, temporary assignments, rescheduling and cancelling with their history. Its
 * own consumer group, so that the specialist events it sends reach this context's
 * database, and more connections than the default, so that more racers meet in the
 * database at once.
 */
@SpringBootTest(properties = { "spring.kafka.consumer.group-id=appointment-schedule-tests",
		"servicedesk.appointments.service-center-staff=sched-a,sched-b,sched-c",
		"spring.datasource.hikari.maximum-pool-size=12" })
@AutoConfigureMockMvc
@EmbeddedInfra
class AppointmentScheduleIntegrationTests {

	private static final String HOME_VISIT = """
			{"kind":"HOME_VISIT","reason":"CANNOT_COME_IN_WORKING_HOURS","applicantType":"INDIVIDUAL",
			 "applicantName":"刘大爷","applicantPhone":"13900001111","customerId":"%s","specialCare":false,
			 "channel":"PHONE","matter":"开通燃气","address":"科尔沁区建国路12号3-201"}""";

	private static final String HALL = """
			{"kind":"HALL","reason":"URGENT_TIME_LIMIT","applicantType":"ENTERPRISE",
			 "applicantName":"通辽市某餐饮有限公司","applicantPhone":"04758888888","customerId":"%s",
			 "channel":"PHONE","matter":"工商户点火"}""";

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
	@DisplayName("APT-6: many clerks racing to book one staff member for overlapping spans: the database lets exactly "
			+ "one win per span, every loser gets 409 naming the winner's number")
	void raceForOneStaffMemberHasOneWinnerPerSpan() throws Exception {
		String staff = unique("race");
		int spans = 3;
		int racers = 8;
		List<Callable<MvcTestResult>> accepts = new ArrayList<>();
		Map<String, Integer> spanOfRequest = new HashMap<>();
		for (int span = 0; span < spans; span++) {
			Instant base = day(1 + span).plus(Duration.ofHours(2));
			for (int racer = 0; racer < racers; racer++) {
				// all of a span's racers overlap: 2 h held each, at most 70 min apart
				Instant agreed = base.plus(Duration.ofMinutes(10L * racer));
				String id = receive(HOME_VISIT, unique("CRM"));
				spanOfRequest.put(id, span);
				accepts.add(() -> api.post("/api/v1/appointments/" + id + "/acceptance", """
						{"agreedTime":"%s","staffId":"%s"}""".formatted(agreed, staff)));
			}
		}

		List<MvcTestResult> answers = race(accepts);

		List<Map<String, Object>> rows = jdbc
			.sql("select id, number from appointment_request where staff_id = ? and status = 'ACCEPTED'")
			.param(staff)
			.query((rs, row) -> Map.<String, Object>of("id", rs.getObject("id", UUID.class).toString(), "number",
					rs.getString("number")))
			.list();
		assertThat(rows).extracting(row -> spanOfRequest.get((String) row.get("id")))
			.as("exactly one accepted appointment per span")
			.containsExactlyInAnyOrder(0, 1, 2);
		assertThat(jdbc
			.sql("select count(*) from appointment_request where staff_id is null and status = 'RECEIVED'"
					+ " and id in (:ids)")
			.param("ids", spanOfRequest.keySet().stream().map(UUID::fromString).toList())
			.query(Long.class)
			.single()).as("the losers are left as they were").isEqualTo(spans * racers - spans);
		assertThat(jdbc.sql("""
				select count(*) from appointment_request a join appointment_request b
				  on a.id < b.id and a.staff_id = b.staff_id and a.span && b.span
				 where a.staff_id = ? and a.status = 'ACCEPTED' and b.status = 'ACCEPTED'""")
			.param(staff)
			.query(Long.class)
			.single()).as("overlapping accepted spans of the staff member").isZero();
		Map<Integer, String> winners = new HashMap<>();
		rows.forEach(row -> winners.put(spanOfRequest.get((String) row.get("id")), (String) row.get("number")));
		List<MvcTestResult> losers = answers.stream()
			.filter(answer -> answer.getResponse().getStatus() != 200)
			.toList();
		assertThat(losers).hasSize(spans * racers - spans).allSatisfy(loser -> {
			assertProblem(loser, HttpStatus.CONFLICT, "staff-double-booked");
			assertThat(loser).bodyJson().extractingPath("$.rule").isEqualTo("APT-6");
			assertThat(loser).bodyJson().extractingPath("$.staffId").isEqualTo(staff);
		});
		for (MvcTestResult loser : losers) {
			String request = loser.getRequest().getRequestURI().split("/")[4];
			assertThat(JsonPath.<String>read(body(loser), "$.conflictingNumber"))
				.isEqualTo(winners.get(spanOfRequest.get(request)));
		}
	}

	@Test
	@DisplayName("APT-6: when the customer's specialist is taken, accepting answers 409 naming the appointment that "
			+ "holds them and the free staff; free-staff proposes the same; another staff member is assigned "
			+ "temporarily only with a reason (422 without), which the appointment and its history keep")
	void specialistTakenProposesFreeStaff() {
		String crmId = unique("CRM");
		String specialist = unique("spc");
		kafka
			.send(EventRecords
				.of(new SpecialistAssigned(UUID.randomUUID(), Instant.now(), crmId, specialist, "head-01"), json))
			.join();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from customer_specialist where crm_id = ?")
				.param(crmId)
				.query(Long.class)
				.single() == 1);
		Instant at = day(5).plus(Duration.ofHours(2));
		String holder = receive(HOME_VISIT, unique("CRM"));
		String holderNumber = accept(holder, at, specialist);
		accept(receive(HOME_VISIT, unique("CRM")), at.plus(Duration.ofMinutes(30)), "sched-b");
		String id = receive(HOME_VISIT, crmId);
		Instant wanted = at.plus(Duration.ofMinutes(15));

		MvcTestResult taken = api.post("/api/v1/appointments/" + id + "/acceptance",
				"{\"agreedTime\":\"%s\"}".formatted(wanted));

		assertProblem(taken, HttpStatus.CONFLICT, "staff-double-booked");
		assertThat(taken).bodyJson().extractingPath("$.rule").isEqualTo("APT-6");
		assertThat(taken).bodyJson().extractingPath("$.conflictingNumber").isEqualTo(holderNumber);
		assertThat(taken).bodyJson().extractingPath("$.staffId").isEqualTo(specialist);
		assertThat(taken).bodyJson().extractingPath("$.freeStaff").isEqualTo(List.of("sched-a", "sched-c"));
		MvcTestResult free = api.get("/api/v1/appointments/" + id + "/free-staff?agreedTime=" + wanted);
		assertThat(free).hasStatusOk().bodyJson().extractingPath("$.specialist").isEqualTo(specialist);
		assertThat(free).bodyJson().extractingPath("$.specialistFree").isEqualTo(false);
		assertThat(free).bodyJson().extractingPath("$.freeStaff").isEqualTo(List.of("sched-a", "sched-c"));
		assertThat(free).bodyJson()
			.extractingPath("$.spanStart")
			.isEqualTo(wanted.minus(Duration.ofMinutes(30)).toString());

		MvcTestResult unexplained = api.post("/api/v1/appointments/" + id + "/acceptance",
				"{\"agreedTime\":\"%s\",\"staffId\":\"sched-a\"}".formatted(wanted));
		assertProblem(unexplained, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(unexplained).bodyJson().extractingPath("$.rule").isEqualTo("APT-6");
		MvcTestResult assigned = api.post("/api/v1/appointments/" + id + "/acceptance",
				"{\"agreedTime\":\"%s\",\"staffId\":\"sched-a\",\"assignmentReason\":\"专员该时段已有上门服务\"}"
					.formatted(wanted));

		assertThat(assigned).hasStatusOk().bodyJson().extractingPath("$.staffId").isEqualTo("sched-a");
		assertThat(assigned).bodyJson().extractingPath("$.substitute").isEqualTo(true);
		assertThat(assigned).bodyJson().extractingPath("$.assignmentReason").isEqualTo("专员该时段已有上门服务");
		assertThat(assigned).bodyJson().extractingPath("$.changes[0].kind.code").isEqualTo("ACCEPTED");
		assertThat(assigned).bodyJson().extractingPath("$.changes[0].reason").isEqualTo("专员该时段已有上门服务");
		assertThat(assigned).bodyJson().extractingPath("$.changes[0].changedBy").isEqualTo("clerk-1");
		assertThat(api.get("/api/v1/appointments/" + id + "/free-staff")).bodyJson()
			.extractingPath("$.freeStaff")
			.as("its own span does not make its staff member busy")
			.isEqualTo(List.of("sched-a", "sched-c"));
	}

	@Test
	@DisplayName("APT-6: a hall slot takes the configured number of appointments, also when they are accepted "
			+ "concurrently; the next answers 409 naming the rule")
	void hallSlotHoldsItsCapacity() throws Exception {
		// 18:00 Shanghai: the slot 18:00–18:30
		Instant slot = day(7).plus(Duration.ofHours(10));
		List<Callable<MvcTestResult>> accepts = new ArrayList<>();
		for (int clerk = 0; clerk < 5; clerk++) {
			String id = receive(HALL, unique("CRM"));
			String staff = unique("hall");
			Instant agreed = slot.plus(Duration.ofMinutes(5L * clerk));
			accepts.add(() -> api.post("/api/v1/appointments/" + id + "/acceptance", """
					{"agreedTime":"%s","staffId":"%s","place":"营业厅 2 号窗口"}""".formatted(agreed, staff)));
		}

		List<MvcTestResult> answers = race(accepts);

		assertThat(jdbc
			.sql("select count(*) from appointment_request where status = 'ACCEPTED' and kind = 'HALL'"
					+ " and agreed_time >= ? and agreed_time < ?")
			.param(Timestamp.from(slot))
			.param(Timestamp.from(slot.plus(Duration.ofMinutes(30))))
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 200).hasSize(3);
		assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() != 200)
			.hasSize(2)
			.allSatisfy(full -> {
				assertProblem(full, HttpStatus.CONFLICT, "hall-slot-full");
				assertThat(full).bodyJson().extractingPath("$.rule").isEqualTo("APT-6");
				assertThat(full).bodyJson().extractingPath("$.capacity").isEqualTo(3);
			});
		String nextSlot = receive(HALL, unique("CRM"));
		assertThat(api.post("/api/v1/appointments/" + nextSlot + "/acceptance", """
				{"agreedTime":"%s","staffId":"%s","place":"营业厅 2 号窗口"}""".formatted(slot.plus(Duration.ofMinutes(30)),
				unique("hall"))))
			.hasStatusOk();
	}

	@Test
	@DisplayName("APT-6: a reschedule is checked against the schedule like an acceptance (409 naming the holder); a "
			+ "cancellation frees the span for it; both are in the history and the staff member's day")
	void rescheduleIsCheckedAndCancellationFrees() {
		String staff = unique("resched");
		Instant first = day(9).plus(Duration.ofHours(2));
		String early = receive(HOME_VISIT, unique("CRM"));
		String earlyNumber = accept(early, first, staff);
		String late = receive(HOME_VISIT, unique("CRM"));
		accept(late, first.plus(Duration.ofHours(4)), staff);
		String moved = """
				{"agreedTime":"%s","reason":"客户要求提前"}""".formatted(first.plus(Duration.ofMinutes(30)));

		MvcTestResult clash = api.post("/api/v1/appointments/" + late + "/reschedule", moved);

		assertProblem(clash, HttpStatus.CONFLICT, "staff-double-booked");
		assertThat(clash).bodyJson().extractingPath("$.conflictingNumber").isEqualTo(earlyNumber);
		assertThat(api.get("/api/v1/appointments/" + late)).bodyJson()
			.extractingPath("$.agreedTime")
			.isEqualTo(first.plus(Duration.ofHours(4)).toString());
		MvcTestResult cancelled = api.post("/api/v1/appointments/" + early + "/cancellation",
				"{\"reason\":\"客户已到营业厅办结\"}");
		assertThat(cancelled).hasStatusOk().bodyJson().extractingPath("$.status.code").isEqualTo("CANCELLED");
		assertThat(cancelled).bodyJson()
			.extractingPath("$.changes[*].kind.code")
			.isEqualTo(List.of("ACCEPTED", "CANCELLED"));

		MvcTestResult rescheduled = api.post("/api/v1/appointments/" + late + "/reschedule", moved);

		assertThat(rescheduled).hasStatusOk()
			.bodyJson()
			.extractingPath("$.agreedTime")
			.isEqualTo(first.plus(Duration.ofMinutes(30)).toString());
		assertThat(rescheduled).bodyJson()
			.extractingPath("$.changes[*].kind.code")
			.isEqualTo(List.of("ACCEPTED", "RESCHEDULED"));
		assertThat(rescheduled).bodyJson().extractingPath("$.changes[1].reason").isEqualTo("客户要求提前");
		assertThat(rescheduled).bodyJson().extractingPath("$.span.start").isEqualTo(first.toString());
		LocalDate date = LocalDate.ofInstant(first, CaseNumbers.BUSINESS_ZONE);
		MvcTestResult dayOf = api.get("/api/v1/appointments/availability?date=" + date + "&staffId=" + staff);
		assertThat(dayOf).hasStatusOk().bodyJson().extractingPath("$.busy[*].appointmentId").isEqualTo(List.of(late));
		assertThat(dayOf).bodyJson()
			.extractingPath("$.busy[0].end")
			.isEqualTo(first.plus(Duration.ofHours(2)).toString());
		assertThat(dayOf).bodyJson().extractingPath("$.free[0].end").isEqualTo(first.toString());
		assertThat(dayOf).bodyJson()
			.extractingPath("$.free[1].start")
			.isEqualTo(first.plus(Duration.ofHours(2)).toString());
		List<ConsumerRecord<String, String>> published = TopicRecords.awaitRecords(
				SharedInfra.get().kafka().bootstrapServers(), Topics.APPOINTMENT_EVENTS, 1,
				TopicRecords.keyAndType(late, AppointmentRescheduled.TYPE));
		assertThat(published).singleElement().satisfies(record -> {
			assertThat(JsonPath.<String>read(record.value(), "$.agreedTime"))
				.isEqualTo(first.plus(Duration.ofMinutes(30)).toString());
			assertThat(JsonPath.<String>read(record.value(), "$.previousAgreedTime"))
				.isEqualTo(first.plus(Duration.ofHours(4)).toString());
			assertThat(JsonPath.<String>read(record.value(), "$.staffId")).isEqualTo(staff);
			assertThat(JsonPath.<String>read(record.value(), "$.rescheduleReason")).isEqualTo("客户要求提前");
		});
	}

	@Test
	@DisplayName("The applicant reschedules and cancels only their own appointment with their token; free staff and "
			+ "the staff schedule are for staff")
	void applicantChangesOnlyTheirOwn() {
		String crmId = unique("CRM");
		Instant at = day(11).plus(Duration.ofHours(2));
		String own = receive(HOME_VISIT, crmId);
		accept(own, at, unique("own"));
		String others = receive(HOME_VISIT, unique("CRM"));
		accept(others, at, unique("other"));
		JsonCalls customer = api.as(TestTokens.customer(crmId));
		String later = """
				{"agreedTime":"%s","reason":"临时有事"}""".formatted(at.plus(Duration.ofDays(1)));

		MvcTestResult rescheduled = customer.post("/api/v1/appointments/" + own + "/reschedule", later);

		assertThat(rescheduled).hasStatusOk()
			.bodyJson()
			.extractingPath("$.changes[1].changedBy")
			.isEqualTo("customer:" + crmId);
		assertProblem(customer.post("/api/v1/appointments/" + others + "/reschedule", later), HttpStatus.NOT_FOUND,
				"not-found");
		assertProblem(customer.post("/api/v1/appointments/" + others + "/cancellation", "{\"reason\":\"不需要了\"}"),
				HttpStatus.NOT_FOUND, "not-found");
		assertThat(customer.get("/api/v1/appointments/" + own + "/free-staff")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(customer.get("/api/v1/appointments/availability?date=2026-12-01&staffId=sched-a"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(customer.post("/api/v1/appointments/" + own + "/cancellation", "{\"reason\":\"不需要了\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status.code")
			.isEqualTo("CANCELLED");
		assertThat(api.get("/api/v1/appointments/" + others)).bodyJson()
			.extractingPath("$.status.code")
			.isEqualTo("ACCEPTED");
	}

	@Test
	@DisplayName("Bad input to scheduling answers problems, never 500: 400 for a missing reason, staff id or date "
			+ "and for a request without any time, 404 for an unknown id, 409 for a change of an unaccepted one")
	void badInputAnswersProblems() {
		String received = receive(HOME_VISIT, unique("CRM"));
		String future = "{\"agreedTime\":\"%s\",\"reason\":\"改约\"}".formatted(day(13));

		assertProblem(
				api.post("/api/v1/appointments/" + received + "/reschedule", "{\"agreedTime\":\"" + day(13) + "\"}"),
				HttpStatus.BAD_REQUEST, "validation");
		assertProblem(api.post("/api/v1/appointments/" + received + "/cancellation", "{}"), HttpStatus.BAD_REQUEST,
				"validation");
		assertProblem(api.post("/api/v1/appointments/" + received + "/reschedule", future), HttpStatus.CONFLICT,
				"invalid-state");
		assertProblem(api.post("/api/v1/appointments/" + UUID.randomUUID() + "/reschedule", future),
				HttpStatus.NOT_FOUND, "not-found");
		assertProblem(api.get("/api/v1/appointments/" + received + "/free-staff"), HttpStatus.BAD_REQUEST,
				"invalid-value");
		assertThat(api.get("/api/v1/appointments/availability?date=2026-12-01")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(api.get("/api/v1/appointments/availability?date=tomorrow&staffId=sched-a"))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	/**
	 * Sends every call at once from its own thread; their answers in the calls' order.
	 */
	private static List<MvcTestResult> race(List<Callable<MvcTestResult>> calls) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(calls.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<MvcTestResult>> answers = new ArrayList<>();
			for (Callable<MvcTestResult> call : calls) {
				answers.add(threads.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<MvcTestResult> results = new ArrayList<>();
			for (Future<MvcTestResult> answer : answers) {
				results.add(answer.get(60, TimeUnit.SECONDS));
			}
			assertThat(results).extracting(result -> result.getResponse().getStatus()).containsOnly(200, 409);
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** A received request's id. */
	private String receive(String template, String crmId) {
		return JsonPath.read(body(api.post("/api/v1/appointments", template.formatted(crmId))), "$.id");
	}

	/** Accepts with the named staff member; the appointment's number. */
	private String accept(String id, Instant at, String staff) {
		MvcTestResult accepted = api.post("/api/v1/appointments/" + id + "/acceptance",
				"{\"agreedTime\":\"%s\",\"staffId\":\"%s\"}".formatted(at, staff));
		assertThat(accepted).hasStatusOk();
		return JsonPath.read(body(accepted), "$.number");
	}

	/**
	 * Midnight UTC of a day ahead, a different one per test so that their appointments do
	 * not meet in the service center's slots.
	 */
	private static Instant day(int offset) {
		return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(10L + offset));
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
