package cn.aode.servicedesk.appointment.request.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.appointment.request.AppointmentRequestService;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.MutableClock;
import cn.aode.servicedesk.platform.MutableClockConfiguration;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.TopicRecords;
import cn.aode.servicedesk.platform.security.Role;

import static cn.aode.servicedesk.platform.JsonCalls.body;
import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens at accepted appointments, on real PostgreSQL and Kafka, with a clock the
 * tests move: staff arrivals (APT-8, APT-9) and what late ones put on the staff record
 * (APT-13); applicants' check-ins and no-shows (APT-10), given up by the scan the tests
 * run themselves (its schedule is an hour here); completion and the completion
 * statement's clock (APT-8, a limit of five working days here). The clock stays within
 * hours of the real time, so that the other test contexts' appointments, days ahead, are
 * never due here.
 */
@SpringBootTest(properties = { "spring.kafka.consumer.group-id=appointment-attendance-tests",
		"servicedesk.appointments.no-show-scan-interval=PT1H",
		"servicedesk.appointments.completion-statement-limit=P5WD" })
@AutoConfigureMockMvc
@EmbeddedInfra
@Import(MutableClockConfiguration.class)
class AppointmentAttendanceIntegrationTests {

	private static final String HOME_VISIT = """
			{"kind":"HOME_VISIT","reason":"CANNOT_COME_IN_WORKING_HOURS","applicantType":"INDIVIDUAL",
			 "applicantName":"刘大爷","applicantPhone":"13900001111","customerId":"%s","specialCare":false,
			 "channel":"PHONE","matter":"开通燃气","address":"科尔沁区建国路12号3-201"}""";

	private static final String HALL = """
			{"kind":"HALL","reason":"URGENT_TIME_LIMIT","applicantType":"ENTERPRISE",
			 "applicantName":"通辽市某餐饮有限公司","applicantPhone":"04758888888","customerId":"%s",
			 "channel":"PHONE","matter":"工商户点火"}""";

	private static final String READY = "{\"formsReady\":true,\"sealsReady\":true}";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	AppointmentRequestService service;

	private JsonCalls api;

	/** Now, as the tests start: the real time, to the second. */
	private Instant start;

	@BeforeEach
	void calls() {
		api = new JsonCalls(mvc);
		start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		clock.set(start);
	}

	@Test
	@DisplayName("APT-9: a hall appointment's staff member is on time checking in 10:00 before the agreed time with "
			+ "forms and seals ready, late at 9:59 before, which asks for a penalty on their record (APT-13)")
	void hallArrivalBoundary() {
		Instant agreed = start.plus(Duration.ofHours(3));
		String onTimeStaff = unique("hall");
		String lateStaff = unique("hall");
		String onTime = accept(receive(HALL), agreed, onTimeStaff);
		String late = accept(receive(HALL), agreed, lateStaff);

		clock.set(agreed.minus(Duration.ofMinutes(10)));
		MvcTestResult inTime = api.as(staff(onTimeStaff)).post("/api/v1/appointments/" + onTime + "/arrival", READY);
		clock.set(agreed.minus(Duration.ofSeconds(599)));
		MvcTestResult tooLate = api.as(staff(lateStaff)).post("/api/v1/appointments/" + late + "/arrival", READY);

		assertThat(inTime).hasStatusOk().bodyJson().extractingPath("$.staffArrival.late").isEqualTo(false);
		assertThat(inTime).bodyJson()
			.extractingPath("$.staffArrival.arrivedAt")
			.isEqualTo(agreed.minus(Duration.ofMinutes(10)).toString());
		assertThat(inTime).bodyJson().extractingPath("$.staffArrival.sealsReady").isEqualTo(true);
		assertThat(tooLate).hasStatusOk().bodyJson().extractingPath("$.staffArrival.late").isEqualTo(true);
		String lateNumber = JsonPath.read(body(tooLate), "$.number");
		StaffRecordEntryRequested entry = staffRecordEntry(lateStaff, lateNumber);
		assertThat(entry.staffId()).isEqualTo(lateStaff);
		assertThat(entry.kind()).isEqualTo("PENALTY");
		assertThat(entry.rule()).isEqualTo("APT-9");
		assertThat(entry.area()).isEqualTo("appointment-service");
		assertThat(entry.detail()).contains(lateNumber, "APT-9", "APT-13", "表单已备齐");
		assertThat(staffRecordEntriesFor(onTimeStaff, JsonPath.read(body(inTime), "$.number"), lateStaff))
			.as("an arrival on time puts nothing on the record")
			.isEmpty();
	}

	@Test
	@DisplayName("APT-8: a home visit's staff member is on time at the agreed time; later is late and goes on their "
			+ "record (APT-13)")
	void homeVisitArrivalIsLateAfterTheAgreedTime() {
		Instant agreed = start.plus(Duration.ofHours(4));
		String onTimeStaff = unique("home");
		String lateStaff = unique("home");
		String onTime = accept(receive(HOME_VISIT), agreed, onTimeStaff);
		String late = accept(receive(HOME_VISIT), agreed, lateStaff);

		clock.set(agreed);
		MvcTestResult atTheTime = mvc.post()
			.uri("/api/v1/appointments/" + onTime + "/arrival")
			.header("Authorization", staff(onTimeStaff))
			.exchange();
		clock.set(agreed.plusSeconds(1));
		MvcTestResult after = api.as(staff(lateStaff)).post("/api/v1/appointments/" + late + "/arrival", "{}");

		assertThat(atTheTime).as("no body needed for a home visit")
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.staffArrival.late")
			.isEqualTo(false);
		assertThat(after).hasStatusOk().bodyJson().extractingPath("$.staffArrival.late").isEqualTo(true);
		StaffRecordEntryRequested entry = staffRecordEntry(lateStaff, JsonPath.read(body(after), "$.number"));
		assertThat(entry.staffId()).isEqualTo(lateStaff);
		assertThat(entry.rule()).isEqualTo("APT-8");
		assertThat(entry.detail()).contains("APT-8", "APT-13");
	}

	@Test
	@DisplayName("APT-9, APT-8: only the appointment's staff member checks in (403 naming the rule), a hall check-in "
			+ "without its checklist answers 422 APT-9, a second check-in 409, and a check-in hours ahead 409")
	void checkInRefusals() {
		Instant agreed = start.plus(Duration.ofHours(5));
		String staffId = unique("hall");
		String id = accept(receive(HALL), agreed, staffId);
		JsonCalls own = api.as(staff(staffId));

		assertProblem(own.post("/api/v1/appointments/" + id + "/arrival", READY), HttpStatus.CONFLICT, "invalid-state");
		clock.set(agreed.minus(Duration.ofMinutes(20)));
		MvcTestResult other = api.post("/api/v1/appointments/" + id + "/arrival", READY);
		assertProblem(other, HttpStatus.FORBIDDEN, "forbidden");
		assertThat(other).bodyJson().extractingPath("$.rule").isEqualTo("APT-9");
		MvcTestResult unchecked = own.post("/api/v1/appointments/" + id + "/arrival", "{\"formsReady\":true}");
		assertProblem(unchecked, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(unchecked).bodyJson().extractingPath("$.rule").isEqualTo("APT-9");
		assertProblem(api.as(TestTokens.customer("CRM-7")).post("/api/v1/appointments/" + id + "/arrival", READY),
				HttpStatus.FORBIDDEN, "forbidden");

		assertThat(own.post("/api/v1/appointments/" + id + "/arrival", READY)).hasStatusOk();
		assertProblem(own.post("/api/v1/appointments/" + id + "/arrival", READY), HttpStatus.CONFLICT, "invalid-state");
		assertProblem(api.post("/api/v1/appointments/" + UUID.randomUUID() + "/arrival", READY), HttpStatus.NOT_FOUND,
				"not-found");
		assertProblem(api.post("/api/v1/appointments/" + id + "/arrival", "{\"formsReady\":\"yes please\"}"),
				HttpStatus.BAD_REQUEST, "unreadable");
	}

	@Test
	@DisplayName("APT-10: at 30:00 after the agreed time an applicant not checked in is still booked, at 30:01 the "
			+ "scan has them give it up, which frees the staff member's span")
	void noShowBoundaryFreesTheSpan() {
		Instant agreed = start.plus(Duration.ofHours(1));
		String staffId = unique("noshow");
		String id = accept(receive(HOME_VISIT), agreed, staffId);

		clock.set(agreed.plus(Duration.ofMinutes(30)));
		service.giveUpNoShows(100);
		assertThat(api.get("/api/v1/appointments/" + id)).bodyJson()
			.extractingPath("$.status.code")
			.isEqualTo("ACCEPTED");
		clock.set(agreed.plus(Duration.ofSeconds(1801)));
		service.giveUpNoShows(100);

		MvcTestResult givenUp = api.get("/api/v1/appointments/" + id);
		assertThat(givenUp).bodyJson().extractingPath("$.status.code").isEqualTo("GAVE_UP");
		assertThat(givenUp).bodyJson().extractingPath("$.status.zh").isEqualTo("申请人逾时未到，视为放弃");
		assertThat(givenUp).bodyJson().extractingPath("$.changes[1].kind.code").isEqualTo("GAVE_UP");
		assertThat(givenUp).bodyJson()
			.extractingPath("$.changes[1].changedAt")
			.isEqualTo(agreed.plus(Duration.ofSeconds(1801)).toString());
		// the given-up visit held agreed − 30 min … agreed + 90 min of the staff member
		assertThat(accepted(receive(HOME_VISIT), agreed.plus(Duration.ofMinutes(40)), staffId))
			.as("the span is free again")
			.hasStatusOk();
	}

	@Test
	@DisplayName("APT-10: the applicant's check-in is recorded by staff up to 30:00 after the agreed time; at 30:01 "
			+ "it answers 422 APT-10; a checked-in appointment is not given up")
	void applicantCheckInBoundary() {
		Instant agreed = start.plus(Duration.ofHours(6));
		String inTime = accept(receive(HALL), agreed, unique("hall"));
		String tooLate = accept(receive(HALL), agreed, unique("hall"));

		clock.set(agreed.plus(Duration.ofMinutes(30)));
		MvcTestResult arrived = api.post("/api/v1/appointments/" + inTime + "/applicant-arrival", "{}");
		clock.set(agreed.plus(Duration.ofSeconds(1801)));
		MvcTestResult refused = api.post("/api/v1/appointments/" + tooLate + "/applicant-arrival", "{}");
		service.giveUpNoShows(100);

		assertThat(arrived).hasStatusOk()
			.bodyJson()
			.extractingPath("$.applicantArrival.arrivedAt")
			.isEqualTo(agreed.plus(Duration.ofMinutes(30)).toString());
		assertThat(arrived).bodyJson().extractingPath("$.applicantArrival.recordedBy").isEqualTo("clerk-1");
		assertProblem(refused, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(refused).bodyJson().extractingPath("$.rule").isEqualTo("APT-10");
		assertThat(api.get("/api/v1/appointments/" + inTime)).bodyJson()
			.extractingPath("$.status.code")
			.isEqualTo("ACCEPTED");
		assertThat(api.get("/api/v1/appointments/" + tooLate)).bodyJson()
			.extractingPath("$.status.code")
			.isEqualTo("GAVE_UP");
		assertProblem(api.post("/api/v1/appointments/" + tooLate + "/applicant-arrival", "{}"), HttpStatus.CONFLICT,
				"invalid-state");
		assertProblem(
				api.as(TestTokens.customer("CRM-7"))
					.post("/api/v1/appointments/" + inTime + "/applicant-arrival", "{}"),
				HttpStatus.FORBIDDEN, "forbidden");
	}

	@Test
	@DisplayName("APT-10: two scan instances running at once give each overdue appointment up exactly once")
	void twoScansGiveEachUpOnce() throws Exception {
		Instant agreed = start.plus(Duration.ofHours(2));
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			ids.add(accept(receive(HOME_VISIT), agreed.plus(Duration.ofMinutes(i)), unique("twice")));
		}
		Instant now = agreed.plus(Duration.ofHours(1));
		clock.set(now);

		ExecutorService instances = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		Callable<Integer> scan = () -> {
			go.await();
			int total = 0;
			int batch;
			do {
				batch = service.giveUpNoShows(2);
				total += batch;
			}
			while (batch > 0);
			return total;
		};
		Future<Integer> first = instances.submit(scan);
		Future<Integer> second = instances.submit(scan);
		go.countDown();
		int givenUp = first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS);
		instances.shutdown();

		assertThat(jdbc.sql("select count(*) from appointment_change where kind = 'GAVE_UP' and changed_at = ?")
			.param(Timestamp.from(now))
			.query(Long.class)
			.single()).as("given up by both instances together, once each").isEqualTo(givenUp);
		assertThat(jdbc.sql("""
				select count(*) from appointment_change c join appointment_request r on r.id = c.appointment_request_id
				 where c.kind = 'GAVE_UP' and r.status = 'GAVE_UP' and r.id in (:ids)""")
			.param("ids", ids.stream().map(UUID::fromString).toList())
			.query(Long.class)
			.single()).as("each of these once").isEqualTo(12);
	}

	@Test
	@DisplayName("APT-8: a matter not finished on the spot asks deadline-service for the completion statement's "
			+ "clock with the configured limit and source; its delivery is recorded and stops the clock; a completed "
			+ "appointment keeps holding its span")
	void completionStatementHasItsClock() {
		Instant agreed = start.plus(Duration.ofHours(7));
		String staffId = unique("done");
		String id = accept(receive(HOME_VISIT), agreed, staffId);
		JsonCalls own = api.as(staff(staffId));
		clock.set(agreed.minus(Duration.ofMinutes(5)));
		own.post("/api/v1/appointments/" + id + "/arrival", "{}");
		String early = """
				{"finishedOnSite":false,"result":"已检查管道","outstanding":"需更换调压器，配件到货后上门"}""";
		assertProblem(own.post("/api/v1/appointments/" + id + "/completion", early), HttpStatus.CONFLICT,
				"invalid-state");
		own.post("/api/v1/appointments/" + id + "/applicant-arrival", "{}");
		MvcTestResult noRest = own.post("/api/v1/appointments/" + id + "/completion",
				"{\"finishedOnSite\":false,\"result\":\"已检查管道\"}");
		assertProblem(noRest, HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation");
		assertThat(noRest).bodyJson().extractingPath("$.rule").isEqualTo("APT-8");
		assertProblem(api.post("/api/v1/appointments/" + id + "/completion", early), HttpStatus.FORBIDDEN, "forbidden");
		assertProblem(own.post("/api/v1/appointments/" + id + "/completion", "{\"result\":\"已检查\"}"),
				HttpStatus.BAD_REQUEST, "validation");

		clock.set(agreed.plus(Duration.ofMinutes(50)));
		MvcTestResult completed = own.post("/api/v1/appointments/" + id + "/completion", early);

		assertThat(completed).hasStatusOk().bodyJson().extractingPath("$.status.code").isEqualTo("COMPLETED");
		assertThat(completed).bodyJson().extractingPath("$.statementDue").isEqualTo(true);
		assertThat(completed).bodyJson().extractingPath("$.completion.outstanding").isEqualTo("需更换调压器，配件到货后上门");
		ConsumerRecord<String, String> requested = TopicRecords.awaitFirst(SharedInfra.get().kafka().bootstrapServers(),
				Topics.DEADLINE_REQUESTS,
				TopicRecords.keyAndType("appointment-service/" + id + "/completion-statement", "deadline.requested"));
		assertThat(JsonPath.<String>read(requested.value(), "$.policy")).isEqualTo("P5WD");
		assertThat(JsonPath.<String>read(requested.value(), "$.source")).isEqualTo("SERVICE_RULE");
		assertThat(JsonPath.<String>read(requested.value(), "$.responsibleStaffId")).isEqualTo(staffId);
		assertThat(JsonPath.<Boolean>read(requested.value(), "$.writtenReplyRequired")).isTrue();
		assertThat(JsonPath.<String>read(requested.value(), "$.startsAt"))
			.isEqualTo(agreed.plus(Duration.ofMinutes(50)).toString());
		assertProblem(accepted(receive(HOME_VISIT), agreed.plus(Duration.ofMinutes(60)), staffId), HttpStatus.CONFLICT,
				"staff-double-booked");

		clock.set(agreed.plus(Duration.ofDays(2)));
		MvcTestResult delivered = api.post("/api/v1/appointments/" + id + "/completion-statement",
				"{\"summary\":\"已更换调压器，通气正常\",\"deliveredTo\":\"刘大爷\"}");

		assertThat(delivered).hasStatusOk().bodyJson().extractingPath("$.statementDue").isEqualTo(false);
		assertThat(delivered).bodyJson().extractingPath("$.statement.deliveredBy").isEqualTo("clerk-1");
		assertThat(delivered).bodyJson().extractingPath("$.statement.deliveredTo").isEqualTo("刘大爷");
		ConsumerRecord<String, String> satisfied = TopicRecords.awaitFirst(SharedInfra.get().kafka().bootstrapServers(),
				Topics.DEADLINE_REQUESTS,
				TopicRecords.keyAndType("appointment-service/" + id + "/completion-statement", "deadline.satisfied"));
		assertThat(JsonPath.<String>read(satisfied.value(), "$.occurredAt"))
			.isEqualTo(agreed.plus(Duration.ofDays(2)).toString());
		assertProblem(api.post("/api/v1/appointments/" + id + "/completion-statement",
				"{\"summary\":\"再次\",\"deliveredTo\":\"刘大爷\"}"), HttpStatus.CONFLICT, "invalid-state");
		assertProblem(api.post("/api/v1/appointments/" + id + "/completion-statement", "{\"summary\":\"缺收件人\"}"),
				HttpStatus.BAD_REQUEST, "validation");
	}

	@Test
	@DisplayName("APT-8: a matter finished on the spot completes the appointment with the applicant's confirmation "
			+ "and owes no statement")
	void finishedOnTheSpot() {
		Instant agreed = start.plus(Duration.ofHours(8));
		String staffId = unique("hall");
		String id = accept(receive(HALL), agreed, staffId);
		JsonCalls own = api.as(staff(staffId));
		clock.set(agreed.minus(Duration.ofMinutes(15)));
		own.post("/api/v1/appointments/" + id + "/arrival", READY);
		clock.set(agreed);
		api.post("/api/v1/appointments/" + id + "/applicant-arrival", "{}");

		MvcTestResult completed = own.post("/api/v1/appointments/" + id + "/completion", """
				{"finishedOnSite":true,"result":"已办理点火手续","applicantConfirmed":true,"applicantOpinion":"满意"}""");

		assertThat(completed).hasStatusOk().bodyJson().extractingPath("$.status.code").isEqualTo("COMPLETED");
		assertThat(completed).bodyJson().extractingPath("$.statementDue").isEqualTo(false);
		assertThat(completed).bodyJson().extractingPath("$.completion.applicantConfirmed").isEqualTo(true);
		assertThat(completed).bodyJson().extractingPath("$.completion.completedBy").isEqualTo(staffId);
		assertProblem(api.post("/api/v1/appointments/" + id + "/completion-statement",
				"{\"summary\":\"说明\",\"deliveredTo\":\"经办人\"}"), HttpStatus.CONFLICT, "invalid-state");
		assertProblem(
				own.post("/api/v1/appointments/" + id + "/completion", "{\"finishedOnSite\":true,\"result\":\"再次\"}"),
				HttpStatus.CONFLICT, "invalid-state");
	}

	@Test
	@DisplayName("APT-13: a staff member who never checked in by the end of the appointment's span goes on their "
			+ "record once, with the appointment as its source")
	void staffNoShowGoesOnTheRecordOnce() {
		Instant agreed = start.plus(Duration.ofHours(9));
		String staffId = unique("absent");
		String id = accept(receive(HALL), agreed, staffId);
		clock.set(agreed.plus(Duration.ofMinutes(30)));
		service.recordStaffAbsences(100);
		assertThat(api.get("/api/v1/appointments/" + id)).bodyJson().doesNotHavePath("$.staffNoShowAt");

		clock.set(agreed.plus(Duration.ofMinutes(30)).plusSeconds(1));
		service.recordStaffAbsences(100);
		service.recordStaffAbsences(100);

		MvcTestResult shown = api.get("/api/v1/appointments/" + id);
		assertThat(shown).bodyJson()
			.extractingPath("$.staffNoShowAt")
			.isEqualTo(agreed.plus(Duration.ofMinutes(30)).plusSeconds(1).toString());
		String number = JsonPath.read(body(shown), "$.number");
		StaffRecordEntryRequested entry = staffRecordEntry(staffId, number);
		assertThat(entry.staffId()).isEqualTo(staffId);
		assertThat(entry.kind()).isEqualTo("PENALTY");
		assertThat(entry.rule()).isEqualTo("APT-9");
		assertThat(entry.area()).isEqualTo("appointment-service");
		assertThat(entry.detail()).contains(number, "APT-13", "未到岗");
		assertThat(staffRecordEntriesFor(staffId, number, lateHomeVisit())).as("once").hasSize(1);
	}

	/**
	 * A home visit its staff member reached late, with its entry on their record; their
	 * staff id.
	 */
	private String lateHomeVisit() {
		Instant agreed = clock.instant().plus(Duration.ofHours(1));
		String staffId = unique("late");
		String id = accept(receive(HOME_VISIT), agreed, staffId);
		clock.set(agreed.plusSeconds(1));
		assertThat(api.as(staff(staffId)).post("/api/v1/appointments/" + id + "/arrival", "{}")).hasStatusOk();
		staffRecordEntry(staffId, JsonPath.read(body(api.get("/api/v1/appointments/" + id)), "$.number"));
		return staffId;
	}

	/**
	 * The entry about {@code number} on the staff member's record; by staff id too, since
	 * each test context numbers cases in its own database.
	 */
	private StaffRecordEntryRequested staffRecordEntry(String staffId, String number) {
		ConsumerRecord<String, String> record = TopicRecords.awaitFirst(SharedInfra.get().kafka().bootstrapServers(),
				Topics.STAFF_RECORD_REQUESTS,
				candidate -> staffId.equals(candidate.key()) && candidate.value().contains("\"" + number + "\""));
		return json.readValue(record.value(), StaffRecordEntryRequested.class);
	}

	/**
	 * The entries of {@code staffId} about {@code number}, read up to the one of
	 * {@code markerStaffId}.
	 */
	private List<ConsumerRecord<String, String>> staffRecordEntriesFor(String staffId, String number,
			String markerStaffId) {
		return TopicRecords.recordsUntil(SharedInfra.get().kafka().bootstrapServers(), Topics.STAFF_RECORD_REQUESTS,
				record -> markerStaffId.equals(record.key()),
				record -> staffId.equals(record.key()) && record.value().contains("\"" + number + "\""));
	}

	private static String staff(String staffId) {
		return TestTokens.staff(staffId, Role.SPECIALIST);
	}

	private String receive(String template) {
		return JsonPath.read(body(api.post("/api/v1/appointments", template.formatted(unique("CRM")))), "$.id");
	}

	/** Accepts with the named staff member at the hall's first window; the id. */
	private String accept(String id, Instant at, String staffId) {
		assertThat(accepted(id, at, staffId)).hasStatusOk();
		return id;
	}

	private MvcTestResult accepted(String id, Instant at, String staffId) {
		return api.post("/api/v1/appointments/" + id + "/acceptance",
				"{\"agreedTime\":\"%s\",\"staffId\":\"%s\",\"place\":\"营业厅 1 号窗口\"}".formatted(at, staffId));
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
