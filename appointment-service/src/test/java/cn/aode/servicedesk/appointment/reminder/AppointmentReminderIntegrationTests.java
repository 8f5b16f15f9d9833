package cn.aode.servicedesk.appointment.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.events.EventHeaders;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.platform.JsonCalls;
import cn.aode.servicedesk.platform.MutableClock;
import cn.aode.servicedesk.platform.MutableClockConfiguration;
import cn.aode.servicedesk.platform.TopicRecords;

import static cn.aode.servicedesk.platform.JsonCalls.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appointment reminders on real PostgreSQL and Kafka with a clock the test moves: a day
 * and an hour before (the defaults), once each, however many scans run at the same time;
 * and the appointment events other areas read. The scan's own schedule is an hour here,
 * so the test runs it.
 */
@SpringBootTest(properties = "servicedesk.appointments.reminders.scan-interval=PT1H")
@AutoConfigureMockMvc
@EmbeddedInfra
@Import(MutableClockConfiguration.class)
class AppointmentReminderIntegrationTests {

	private static final String HOME_VISIT = """
			{"kind":"HOME_VISIT","reason":"CANNOT_COME_IN_WORKING_HOURS","applicantType":"INDIVIDUAL",
			 "applicantName":"刘大爷","applicantPhone":"13900001111","customerId":"%s","specialCare":false,
			 "channel":"PHONE","matter":"开通燃气","address":"科尔沁区建国路12号3-201"}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	ReminderService reminders;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("Reminders: appointment.reminder-due a day and an hour before an accepted appointment, exactly once "
			+ "each while two scans run at the same moment")
	void eachReminderOnceWithTwoScans() throws Exception {
		JsonCalls api = new JsonCalls(mvc);
		Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		clock.set(start);
		Instant agreed = start.plus(Duration.ofHours(25));
		String crmId = "CRM-" + UUID.randomUUID().toString().substring(0, 8);
		String id = JsonPath.read(body(api.post("/api/v1/appointments", HOME_VISIT.formatted(crmId))), "$.id");
		assertThat(api.post("/api/v1/appointments/" + id + "/acceptance", "{\"agreedTime\":\"%s\",\"staffId\":\"%s\"}"
			.formatted(agreed, "rem-" + UUID.randomUUID().toString().substring(0, 8)))).hasStatusOk();

		clock.set(agreed.minus(Duration.ofHours(24)).minusSeconds(1));
		twoScansAtOnce();
		assertThat(sent(id)).as("not due yet").isZero();
		clock.set(agreed.minus(Duration.ofHours(24)));
		twoScansAtOnce();
		twoScansAtOnce();
		assertThat(sent(id)).isEqualTo(1);
		clock.set(agreed.minus(Duration.ofMinutes(59)));
		twoScansAtOnce();

		List<ConsumerRecord<String, String>> due = TopicRecords.awaitRecords(
				SharedInfra.get().kafka().bootstrapServers(), Topics.APPOINTMENT_EVENTS, 2,
				TopicRecords.keyAndType(id, "appointment.reminder-due"));
		assertThat(sent(id)).isEqualTo(2);
		assertThat(due).extracting(record -> JsonPath.<String>read(record.value(), "$.lead"))
			.containsExactlyInAnyOrder("PT24H", "PT1H");
		assertThat(due).allSatisfy(record -> {
			assertThat(JsonPath.<String>read(record.value(), "$.customerId")).isEqualTo(crmId);
			assertThat(JsonPath.<String>read(record.value(), "$.applicantPhone")).isEqualTo("13900001111");
			assertThat(JsonPath.<String>read(record.value(), "$.agreedTime")).isEqualTo(agreed.toString());
			assertThat(TopicRecords.header(record, EventHeaders.ID)).isNotBlank();
		});
		List<ConsumerRecord<String, String>> accepted = TopicRecords.awaitRecords(
				SharedInfra.get().kafka().bootstrapServers(), Topics.APPOINTMENT_EVENTS, 1,
				TopicRecords.keyAndType(id, "appointment.accepted"));
		assertThat(accepted).singleElement().satisfies(record -> {
			assertThat(JsonPath.<String>read(record.value(), "$.number")).matches("YY\\d{8}-\\d{4}");
			assertThat(JsonPath.<String>read(record.value(), "$.kind")).isEqualTo("HOME_VISIT");
			assertThat(JsonPath.<String>read(record.value(), "$.status")).isEqualTo("ACCEPTED");
			assertThat(JsonPath.<String>read(record.value(), "$.matter")).isEqualTo("开通燃气");
		});
	}

	private void twoScansAtOnce() throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> scanAfter(go));
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> scanAfter(go));
		go.countDown();
		first.get(30, TimeUnit.SECONDS);
		second.get(30, TimeUnit.SECONDS);
	}

	private int scanAfter(CountDownLatch go) {
		try {
			go.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return reminders.sendDue();
	}

	private long sent(String id) {
		return jdbc.sql("select count(*) from appointment_reminder where appointment_id = ?")
			.param(UUID.fromString(id))
			.query(Long.class)
			.single();
	}

}
