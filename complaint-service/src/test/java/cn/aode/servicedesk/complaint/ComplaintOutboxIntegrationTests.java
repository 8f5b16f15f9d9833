package cn.aode.servicedesk.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.aode.servicedesk.events.EventHeaders;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.infra.kafka.EmbeddedKafka;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.infra.test.SharedInfra;

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
				"燃气表读数异常");
		awaitOnTopic(accepted.id().toString(), "complaint.accepted");

		kafka.stop();
		complaints.resolve(accepted.id(), null, "staff-017", "已上门更换燃气表", ComplaintFinding.COMPANY_RESPONSIBLE, null);

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
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<ConsumerRecord<String, String>> found = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(Topics.COMPLAINT_EVENTS));
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					var header = record.headers().lastHeader(EventHeaders.TYPE);
					if (key.equals(record.key()) && header != null
							&& type.equals(new String(header.value(), StandardCharsets.UTF_8))) {
						found.add(record);
					}
				}
				return !found.isEmpty();
			});
		}
		return found.get(0);
	}

}
