package cn.aode.servicedesk.appointment.request.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.complaint.ComplaintAccepted;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.EventRecords;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.TestTokens;

import static cn.aode.servicedesk.platform.JsonCalls.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Complaints about appointments (APT-12) from complaint-service's
 * {@code complaint.accepted}, on real PostgreSQL and Kafka. Its own consumer group, so
 * that the complaint events it sends reach this context's database.
 */
@SpringBootTest(properties = "spring.kafka.consumer.group-id=appointment-complaint-tests")
@AutoConfigureMockMvc
@EmbeddedInfra
class AppointmentComplaintIntegrationTests {

	private static final String HOME_VISIT = """
			{"kind":"HOME_VISIT","reason":"CANNOT_COME_IN_WORKING_HOURS","applicantType":"INDIVIDUAL",
			 "applicantName":"刘大爷","applicantPhone":"13900001111","customerId":"%s","specialCare":true,
			 "channel":"PHONE","matter":"开通燃气","address":"科尔沁区建国路12号3-201"}""";

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
	@DisplayName("APT-12: the customer's complaint about their appointment and one the office recorded show on the "
			+ "appointment by number, in the order accepted, once each though delivered twice; another customer's "
			+ "complaint naming it, and one naming an unknown appointment, are left alone")
	void complaintsAboutAnAppointmentShowOnIt() {
		String customer = "CRM-APT12-" + UUID.randomUUID().toString().substring(0, 8);
		UUID appointment = UUID.fromString(receive(customer));
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		ComplaintAccepted own = complaint(at, "TS20261202-7001", customer, appointment);
		ComplaintAccepted byTheOffice = complaint(at.plusSeconds(60), "TS20261202-7002", null, appointment);
		ComplaintAccepted others = complaint(at.plusSeconds(30), "TS20261202-7003", "CRM-SOMEONE-ELSE", appointment);
		ComplaintAccepted unknown = complaint(at, "TS20261202-7004", customer, UUID.randomUUID());
		ComplaintAccepted aboutNoAppointment = new ComplaintAccepted(UUID.randomUUID(), at, UUID.randomUUID(),
				"TS20261202-7005", customer, "PHONE", "燃气表读数异常");

		List.of(own, own, byTheOffice, others, unknown, aboutNoAppointment).forEach(this::send);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> List.of(own, byTheOffice, others, unknown, aboutNoAppointment)
				.stream()
				.allMatch(this::processed));

		MvcTestResult read = api.as(TestTokens.customer(customer)).get("/api/v1/appointments/" + appointment);
		assertThat(read).hasStatusOk();
		assertThat(JsonPath.<List<String>>read(body(read), "$.complaints[*].number")).containsExactly("TS20261202-7001",
				"TS20261202-7002");
		assertThat(JsonPath.<List<String>>read(body(read), "$.complaints[*].complaintId"))
			.containsExactly(own.complaintId().toString(), byTheOffice.complaintId().toString());
		assertThat(JsonPath.<List<String>>read(body(read), "$.complaints[*].acceptedAt")).containsExactly(at.toString(),
				at.plusSeconds(60).toString());
		assertThat(jdbc.sql("select count(*) from appointment_complaint where complaint_id in (?, ?)")
			.params(others.complaintId(), unknown.complaintId())
			.query(Long.class)
			.single()).isZero();
		assertThat(body(api.get("/api/v1/appointments/" + receive(customer))))
			.as("an appointment nobody complained about shows no complaints")
			.contains("\"complaints\":[]");
	}

	private static ComplaintAccepted complaint(Instant at, String number, String customerId, UUID appointment) {
		return new ComplaintAccepted(UUID.randomUUID(), at, UUID.randomUUID(), number, customerId, "WECHAT",
				"上门人员迟到且态度差", appointment, "YY20261202-0001");
	}

	private void send(IntegrationEvent event) {
		kafka.send(EventRecords.of(event, json)).join();
	}

	private boolean processed(IntegrationEvent event) {
		return jdbc
			.sql("select count(*) from processed_event where consumer = 'appointment-complaints' and event_id = ?")
			.param(event.eventId())
			.query(Long.class)
			.single() == 1;
	}

	private String receive(String customerId) {
		return JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT.formatted(customerId))), "$.id");
	}

}
