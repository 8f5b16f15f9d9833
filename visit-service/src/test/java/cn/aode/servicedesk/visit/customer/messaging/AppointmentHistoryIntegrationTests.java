package cn.aode.servicedesk.visit.customer.messaging;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.appointment.AppointmentAccepted;
import cn.aode.servicedesk.events.appointment.AppointmentRescheduled;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.EventRecords;
import cn.aode.servicedesk.visit.customer.CustomerAppointment;
import cn.aode.servicedesk.visit.customer.Customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * appointment-events from Kafka keep the customer's service history (VST-7) at each
 * appointment's latest change, whichever order they arrive in.
 */
@SpringBootTest(properties = "servicedesk.consumer.initial-backoff=PT0.1S")
@EmbeddedInfra
class AppointmentHistoryIntegrationTests {

	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private static final Instant FIRST_AGREED = NOW.plus(Duration.ofDays(1));

	private static final Instant NEW_AGREED = NOW.plus(Duration.ofDays(3));

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	JsonMapper json;

	@Autowired
	Customers customers;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("VST-7: a rescheduled appointment shows its new time in the customer's service history, also when "
			+ "the acceptance before it arrives after it")
	void aRescheduledAppointmentShowsItsNewTime() {
		String crmId = "CRM-" + UUID.randomUUID();
		UUID inOrder = UUID.randomUUID();
		UUID overtaken = UUID.randomUUID();

		send(accepted(inOrder, crmId), rescheduled(inOrder, crmId));
		send(rescheduled(overtaken, crmId), accepted(overtaken, crmId));

		assertThat(customers.appointmentsOf(crmId, 5)).hasSize(2).allSatisfy(appointment -> {
			assertThat(appointment.agreedTime()).isEqualTo(NEW_AGREED);
			assertThat(appointment.staffId()).isEqualTo("spc-01");
			assertThat(appointment.status()).isEqualTo("ACCEPTED");
			assertThat(appointment.updatedAt()).isEqualTo(NOW.plusSeconds(60));
		}).extracting(CustomerAppointment::appointmentId).containsExactlyInAnyOrder(inOrder, overtaken);
	}

	/**
	 * Sends the events one after another and waits until the projection consumed each.
	 */
	private void send(IntegrationEvent... events) {
		for (IntegrationEvent event : events) {
			kafka.send(EventRecords.of(event, json)).join();
		}
		for (IntegrationEvent event : events) {
			await().atMost(Duration.ofSeconds(30)).until(() -> consumed(event));
		}
	}

	private boolean consumed(IntegrationEvent event) {
		return jdbc.sql("select count(*) from processed_event where consumer = 'customer-projection' and event_id = ?")
			.param(event.eventId())
			.query(Long.class)
			.single() == 1;
	}

	private static AppointmentAccepted accepted(UUID appointmentId, String crmId) {
		return new AppointmentAccepted(UUID.randomUUID(), NOW, appointmentId, "YY20261203-0007", crmId, "HOME_VISIT",
				"燃气表检查", "CANNOT_COME_IN_WORKING_HOURS", FIRST_AGREED, "城东区燃气路 8 号", "spc-01", "ACCEPTED");
	}

	private static AppointmentRescheduled rescheduled(UUID appointmentId, String crmId) {
		return new AppointmentRescheduled(UUID.randomUUID(), NOW.plusSeconds(60), appointmentId, "YY20261203-0007",
				crmId, "HOME_VISIT", "燃气表检查", "CANNOT_COME_IN_WORKING_HOURS", NEW_AGREED, "城东区燃气路 8 号", "spc-01",
				"ACCEPTED", FIRST_AGREED, "customer:" + crmId, "客户临时出差");
	}

}
