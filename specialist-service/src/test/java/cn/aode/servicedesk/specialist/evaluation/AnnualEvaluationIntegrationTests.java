package cn.aode.servicedesk.specialist.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.events.deadline.DeadlineCompleted;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.events.deadline.DeadlineViolationRecorded;
import cn.aode.servicedesk.events.visit.VisitRecorded;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.EventRecords;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.specialist.Organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The annual evaluation from deadline results, return visits, penalties and upheld
 * complaints arriving over Kafka.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class AnnualEvaluationIntegrationTests {

	/** A year of its own, apart from the current year the visit test uses. */
	private static final Instant IN_2025 = Instant.parse("2025-06-01T02:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	private JsonCalls calls;

	private Organisation organisation;

	@BeforeEach
	void twoSpecialistsAndAManager() {
		calls = new JsonCalls(mvc);
		organisation = new Organisation(mvc).department("CSC", "客服中心")
			.staff("eval-a", "甲", "CSC", "SPECIALIST")
			.staff("eval-b", "乙", "CSC", "SPECIALIST")
			.staff("eval-gm", "总经理", "CSC", "GENERAL_MANAGER");
	}

	@Test
	@DisplayName("SPC-7, X-2, CMP-5, APT-13: specialists are ranked by on-time rate, penalties and upheld complaints, "
			+ "and the manager commends the best")
	void ranksAndCommends() {
		DeadlineCompleted lastCompleted = completed("eval-b", false);
		DeadlineViolationRecorded violation = new DeadlineViolationRecorded(UUID.randomUUID(), IN_2025,
				UUID.randomUUID(), subject(), "eval-b", "客服中心", "OVERDUE_WITHOUT_REASON", "CRITICISM", "超时");
		ComplaintResolved upheld = new ComplaintResolved(UUID.randomUUID(), IN_2025, UUID.randomUUID(),
				"TS20260601-0001", "CRM-100234", "王丽", "13812345678", "eval-gm", "服务态度问题属实，本人及主管已向客户道歉",
				"STAFF_AT_FAULT", "eval-b");
		send(completed("eval-a", true));
		send(completed("eval-a", true));
		send(completed("eval-b", true));
		send(lastCompleted);
		send(violation);
		send(upheld);
		awaitProcessed("evaluation-deadline-results", lastCompleted);
		awaitProcessed("staff-record-deadline-violations", violation);
		awaitProcessed("staff-record-upheld-complaints", upheld);

		MvcTestResult ranking = mvc.get().uri("/api/v1/specialists/evaluation?year=2025").exchange();
		assertThat(ranking).bodyJson().extractingPath("$[0].staffId").isEqualTo("eval-a");
		assertThat(ranking).bodyJson().extractingPath("$[0].onTimeRate").isEqualTo(1.0);
		assertThat(ranking).as("nobody was visited that year: the on-time rate alone is measured")
			.bodyJson()
			.extractingPath("$[0].score")
			.isEqualTo(100.0);
		assertThat(ranking).bodyJson().extractingPath("$[0].visits").isEqualTo(0);
		assertThat(ranking).bodyJson()
			.extractingPath("$[?(@.staffId == 'eval-b')].onTimeRate")
			.asArray()
			.containsExactly(0.5);
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

		assertThat(calls.as(TestTokens.staff("eval-b")).post("/api/v1/specialists/commendations", """
				{"year":2025,"staffIds":["eval-a"],"reason":"按时办结率第一"}""")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("SPC-7");
		assertThat(calls.as(TestTokens.staff("eval-gm")).post("/api/v1/specialists/commendations", """
				{"year":2025,"staffIds":["eval-a"],"reason":"按时办结率第一"}""")).hasStatus(HttpStatus.CREATED);
		assertThat(mvc.get().uri("/api/v1/staff/eval-a/record").exchange()).bodyJson()
			.extractingPath("$[0].kind.code")
			.isEqualTo("COMMENDATION");
	}

	@Test
	@DisplayName("SPC-7, VST-8, SPC-6: customers' satisfaction in return visits moves the ranking; a visit delivered "
			+ "twice counts once, and a visit counts only for the specialists the customer had at the time")
	void satisfactionInReturnVisitsMovesTheRanking() {
		organisation.staff("eval-c", "丙", "CSC", "SPECIALIST").staff("eval-d", "丁", "CSC", "SPECIALIST");
		String customerOfC = organisation.customerServedBy("eval-c", "eval-gm");
		String customerOfD = organisation.customerServedBy("eval-d", "eval-gm");
		String customerWithoutSpecialist = organisation.customer();
		Instant now = Instant.now();
		int year = now.atZone(CaseNumbers.BUSINESS_ZONE).getYear();
		DeadlineCompleted lastCompleted = completed("eval-d", true, now);
		send(completed("eval-c", true, now));
		send(completed("eval-c", false, now));
		send(completed("eval-d", true, now));
		send(lastCompleted);
		VisitRecorded pleased = visit(customerOfC, "VERY_SATISFIED", now);
		VisitRecorded beforeTheAssignment = visit(customerOfC, "DISSATISFIED", now.minus(Duration.ofHours(1)));
		VisitRecorded unserved = visit(customerWithoutSpecialist, "DISSATISFIED", now);
		send(pleased);
		send(pleased);
		send(beforeTheAssignment);
		send(visit(customerOfD, "DISSATISFIED", now));
		send(unserved);
		awaitProcessed("evaluation-deadline-results", lastCompleted);
		awaitProcessed("evaluation-visit-results", unserved);

		MvcTestResult ranking = mvc.get().uri("/api/v1/specialists/evaluation?year=" + year).exchange();
		assertThat(ranking).bodyJson()
			.extractingPath("$[?(@.staffId == 'eval-c')].visits")
			.asArray()
			.containsExactly(1);
		assertThat(ranking).bodyJson()
			.extractingPath("$[?(@.staffId == 'eval-c')].satisfactionRate")
			.asArray()
			.containsExactly(1.0);
		assertThat(ranking).bodyJson()
			.extractingPath("$[?(@.staffId == 'eval-d')].satisfactionRate")
			.asArray()
			.containsExactly(0.0);
		assertThat(ranking).as("0.6 × 50 + 0.4 × 100")
			.bodyJson()
			.extractingPath("$[?(@.staffId == 'eval-c')].score")
			.asArray()
			.containsExactly(70.0);
		assertThat(ranking).as("0.6 × 100 + 0.4 × 0")
			.bodyJson()
			.extractingPath("$[?(@.staffId == 'eval-d')].score")
			.asArray()
			.containsExactly(60.0);
		assertThat(ranking).as("on-time rate alone would rank eval-d first")
			.bodyJson()
			.extractingPath("$[*].staffId")
			.asArray()
			.containsSubsequence("eval-c", "eval-d");
		assertThat(ranking).as("nothing measured: the year's pooled rates, 0.6 × 75 + 0.4 × 50, no advantage")
			.bodyJson()
			.extractingPath("$[?(@.staffId == 'eval-a')].score")
			.asArray()
			.containsExactly(65.0);
		assertThat(specialistsCountedFor(beforeTheAssignment)).containsExactly(0);
		assertThat(specialistsCountedFor(unserved)).containsExactly(0);
	}

	private DeadlineCompleted completed(String staffId, boolean onTime) {
		return completed(staffId, onTime, IN_2025);
	}

	private DeadlineCompleted completed(String staffId, boolean onTime, Instant at) {
		return new DeadlineCompleted(UUID.randomUUID(), at, UUID.randomUUID(), subject(), staffId, "客服中心", at, onTime);
	}

	private static VisitRecorded visit(String customerId, String satisfaction, Instant visitedAt) {
		return new VisitRecorded(UUID.randomUUID(), visitedAt, UUID.randomUUID(), "HF20260601-0001", "COMPLAINT",
				"TS20260601-0001", customerId, "staff-031", visitedAt, satisfaction, true, null, null);
	}

	/** How many specialists a stored visit counts for. */
	private List<Integer> specialistsCountedFor(VisitRecorded visit) {
		return jdbc.sql("select cardinality(specialist_ids) from visit_result where plan_id = ?")
			.param(visit.planId())
			.query(Integer.class)
			.list();
	}

	private static DeadlineSubject subject() {
		return new DeadlineSubject("appointment-service", UUID.randomUUID().toString(), "YY20260601-0001", "reply");
	}

	/**
	 * All on one partition of the event's topic, so once the last record is processed
	 * every earlier one is: a duplicate cannot be counted after the assertions ran.
	 */
	private void send(IntegrationEvent event) {
		kafka.send(EventRecords.inOrder(event, json)).join();
	}

	private void awaitProcessed(String consumer, IntegrationEvent event) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from processed_event where consumer = ? and event_id = ?")
				.params(consumer, event.eventId())
				.query(Long.class)
				.single() == 1);
	}

	private MvcTestResult post(String uri, String body) {
		return calls.post(uri, body);
	}

}
