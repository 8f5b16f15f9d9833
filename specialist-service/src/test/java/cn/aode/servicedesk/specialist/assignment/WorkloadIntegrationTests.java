package cn.aode.servicedesk.specialist.assignment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

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

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.deadline.DeadlineBreached;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.EventRecords;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;
import cn.aode.servicedesk.specialist.Organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A specialist's workload from assignments, needs and deadline breaches arriving over
 * Kafka, on real PostgreSQL and Kafka.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
class WorkloadIntegrationTests {

	private static final String SPECIALIST = "wl-spc";

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
	void specialistAndTwoDepartments() {
		calls = new JsonCalls(mvc);
		organisation = new Organisation(mvc).department("WLC", "客服中心", "wl-head-c", "张主任")
			.department("WLE", "工程部", "wl-head-e", "赵经理")
			.staff(SPECIALIST, "李娜", "WLC", "SPECIALIST");
	}

	@Test
	@DisplayName("SPC-1, SPC-4: the workload counts customers, open needs and overdue parts; "
			+ "a breach delivered twice counts once, moves the need's version once, and answered needs drop out")
	void countsCustomersOpenNeedsAndOverdueParts() throws Exception {
		String first = customerOfTheSpecialist();
		String second = customerOfTheSpecialist();
		Need parallel = submit(first, "WLC", "WLE");
		Need answered = submit(second, "WLC");
		submit(first, "WLE");
		long versionBeforeBreaches = version(parallel);

		DeadlineBreached engineeringOverdue = breached(parallel, "WLE", 1, "RESPONSIBLE_STAFF");
		send(engineeringOverdue);
		send(engineeringOverdue);
		send(breached(parallel, "WLE", 2, "DEPARTMENT_HEAD"));
		DeadlineBreached serviceCenterOverdue = breached(parallel, "WLC", 1, "RESPONSIBLE_STAFF");
		send(serviceCenterOverdue);
		DeadlineBreached last = breached(answered, "WLC", 1, "RESPONSIBLE_STAFF");
		send(last);
		await().atMost(Duration.ofSeconds(30)).until(() -> processed(last));
		assertThat(version(parallel))
			.as("each part's first breach moves the need's version on; duplicates and escalations do not")
			.isEqualTo(versionBeforeBreaches + 2);

		assertThat(complete(parallel, "WLC", "wl-head-c", "开户资料齐全，已建档")).hasStatus(HttpStatus.OK);
		assertThat(complete(answered, "WLC", "wl-head-c", "已电话答复客户")).hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$.status.code")
			.isEqualTo("ANSWERED");

		MvcTestResult workload = mvc.get().uri("/api/v1/specialists/" + SPECIALIST + "/workload").exchange();
		assertThat(workload).bodyJson().extractingPath("$.activeCustomers").asNumber().isEqualTo(2);
		assertThat(workload).bodyJson().extractingPath("$.openNeeds").asNumber().isEqualTo(2);
		assertThat(workload).bodyJson().extractingPath("$.overdueParts").asNumber().isEqualTo(1);
		MvcTestResult need = mvc.get().uri("/api/v1/needs/" + parallel.id()).exchange();
		assertThat(need).as("a completed part stays overdue history")
			.bodyJson()
			.extractingPath("$.parts[?(@.departmentId == 'WLC')].breachedAt")
			.asArray()
			.containsExactly(serviceCenterOverdue.occurredAt().toString());
		assertThat(need).as("the first breach is kept, not the escalation's")
			.bodyJson()
			.extractingPath("$.parts[?(@.departmentId == 'WLE')].breachedAt")
			.asArray()
			.containsExactly(engineeringOverdue.occurredAt().toString());
	}

	/** A need as submitted: its id and number. */
	private record Need(String id, String number) {
	}

	private String customerOfTheSpecialist() {
		return organisation.customerServedBy(SPECIALIST, "wl-head-c");
	}

	private Need submit(String crmId, String... departments) throws Exception {
		String parts = Arrays.stream(departments)
			.map(department -> "{\"departmentId\":\"" + department + "\"}")
			.collect(Collectors.joining(","));
		MvcTestResult submitted = new JsonCalls(mvc).as(TestTokens.staff(SPECIALIST))
			.post("/api/v1/needs", """
					{"customerCrmId":"%s","title":"燃气开户","description":"新房开通燃气","departments":[%s]}""".formatted(crmId,
					parts));
		assertThat(submitted).hasStatus(HttpStatus.CREATED);
		String body = submitted.getResponse().getContentAsString();
		return new Need(JsonPath.read(body, "$.id"), JsonPath.read(body, "$.number"));
	}

	private MvcTestResult complete(Need need, String department, String head, String answer) {
		return new JsonCalls(mvc).as(TestTokens.staff(head))
			.post("/api/v1/needs/" + need.id() + "/parts/" + department + "/completion",
					"{\"answer\":\"" + answer + "\"}");
	}

	/**
	 * The breach of a part's clock; one clock per part, breached again at each
	 * escalation, a second later per level (whole seconds, as the API shows them).
	 */
	private static DeadlineBreached breached(Need need, String department, int level, String escalatedTo) {
		UUID clockId = UUID.nameUUIDFromBytes((need.id() + "/" + department).getBytes(StandardCharsets.UTF_8));
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(level);
		return new DeadlineBreached(UUID.randomUUID(), now, clockId,
				new DeadlineSubject("specialist-service", need.id(), need.number(), "department-" + department),
				now.minusSeconds(60), "wl-head-c", "客服中心", level, escalatedTo);
	}

	private long version(Need need) {
		return jdbc.sql("select version from customer_need where id = ?")
			.param(UUID.fromString(need.id()))
			.query(Long.class)
			.single();
	}

	private boolean processed(IntegrationEvent event) {
		return jdbc.sql("select count(*) from processed_event where consumer = ? and event_id = ?")
			.params("need-deadline-breaches", event.eventId())
			.query(Long.class)
			.single() == 1;
	}

	/**
	 * All on one partition, so once the last record is processed every earlier one is.
	 */
	private void send(IntegrationEvent event) {
		kafka.send(EventRecords.inOrder(event, json)).join();
	}

	private MvcTestResult post(String uri, String body) {
		return calls.post(uri, body);
	}

}
