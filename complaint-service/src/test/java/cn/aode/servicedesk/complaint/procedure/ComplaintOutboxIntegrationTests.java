package cn.aode.servicedesk.complaint.procedure;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.infra.kafka.EmbeddedKafka;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;
import cn.aode.servicedesk.platform.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The transactional outbox: committed complaint events reach Kafka even when Kafka was
 * away.
 */
@SpringBootTest(
		properties = { "servicedesk.outbox.resubmit-interval=PT1S", "servicedesk.outbox.resubmit-min-age=PT1S" })
@EmbeddedInfra
class ComplaintOutboxIntegrationTests {

	@Autowired
	ComplaintService complaints;

	@Autowired
	JdbcClient jdbc;

	private final EmbeddedKafka kafka = SharedInfra.get().kafka();

	@AfterEach
	void kafkaIsBack() {
		kafka.start();
	}

	@Test
	void eventsCommittedWhileKafkaIsDownArriveAfterItReturns() {
		Complaint accepted = complaints.accept(new Complainant(null, "王丽", "13812345678"), ComplaintChannel.PHONE,
				"燃气表读数异常", new Intake("clerk-1", null, null, null, null, null), null, "clerk-1");
		complaints.handle(accepted.id(), null, "staff-017", null, "已上门更换燃气表", ComplaintFinding.COMPANY_RESPONSIBLE,
				null);
		awaitOnTopic(accepted.id().toString(), "complaint.accepted");

		kafka.stop();
		complaints.giveFeedback(accepted.id(), null, ComplaintChannel.PHONE, "已上门更换燃气表", "staff-017");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(incompletePublications()).isPositive());
		kafka.start();

		ConsumerRecord<String, String> record = awaitOnTopic(accepted.id().toString(), ComplaintResolved.TYPE);
		assertThat(record.value()).contains("\"resolution\":\"已上门更换燃气表\"");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(incompletePublications()).isZero());
	}

	private long incompletePublications() {
		return jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single();
	}

	/** Reads the topic from the start until a record with the key and type shows up. */
	private ConsumerRecord<String, String> awaitOnTopic(String key, String type) {
		return TopicRecords.awaitFirst(kafka.bootstrapServers(), Topics.COMPLAINT_EVENTS,
				TopicRecords.keyAndType(key, type));
	}

}
