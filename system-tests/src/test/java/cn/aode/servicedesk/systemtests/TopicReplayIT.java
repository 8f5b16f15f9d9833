package cn.aode.servicedesk.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.events.EventHeaders;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka delivers at least once, so every consumer must take a record again without doing
 * its work twice, and a record it cannot read must not stop the ones behind it: the whole
 * complaint topic is sent again from its first record, then a malformed record, and the
 * effects in visit-service are counted in its database.
 */
class TopicReplayIT {

	private final ComplaintSteps steps = new ComplaintSteps(Callers.staff("sys-replay-office", "OFFICE_HANDLER"));

	@Test
	@DisplayName("replaying complaint-events from the beginning plans no revisit twice; a malformed record goes to "
			+ "complaint-events-dlt and the complaints after it are still planned")
	void replayHasNoDuplicatedEffectAndPoisonIsDeadLettered() throws Exception {
		List<String> complaints = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			complaints.add(steps.fedBackComplaint("燃气表读数异常（重放 " + i + "）"));
		}
		complaints.forEach(steps::awaitRevisitPlan);
		Map<String, Integer> plansBefore = revisitPlansPerSource();
		awaitNoLag();

		int replayed = replayFromTheBeginning();
		awaitNoLag();

		assertThat(replayed).isGreaterThanOrEqualTo(complaints.size());
		assertThat(revisitPlansPerSource()).isEqualTo(plansBefore);
		assertThat(plansBefore.values()).allMatch(plans -> plans == 1);

		// one malformed complaint.resolved on every partition, so the next complaint's
		// events are behind one
		List<String> poison = sendPoisonToEveryPartition();
		String after = steps.fedBackComplaint("燃气表读数异常（坏消息之后）");
		steps.awaitRevisitPlan(after);
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(keysOn(Topics.COMPLAINT_EVENTS + "-dlt")).containsAll(poison));
	}

	/** Revisit plans in visit-service's database, per complaint they came from. */
	private static Map<String, Integer> revisitPlansPerSource() {
		return ServiceDatabase.of("visit")
			.sql("SELECT source_case_id, count(*) AS plans FROM visit_plan WHERE source_case_id IS NOT NULL "
					+ "GROUP BY source_case_id")
			.query((row, n) -> Map.entry(row.getString(1), row.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Sends every record of the complaint topic again, as a redelivery would. */
	private static int replayFromTheBeginning() {
		List<ConsumerRecord<byte[], byte[]>> records = recordsOf(Topics.COMPLAINT_EVENTS);
		try (KafkaProducer<byte[], byte[]> producer = producer()) {
			for (ConsumerRecord<byte[], byte[]> record : records) {
				producer.send(new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(),
						record.headers()));
			}
			producer.flush();
		}
		return records.size();
	}

	private static List<String> keysOn(String topic) {
		return recordsOf(topic).stream()
			.filter(record -> record.key() != null)
			.map(record -> new String(record.key(), StandardCharsets.UTF_8))
			.toList();
	}

	/** Every record a topic holds now, read from the first one. */
	private static List<ConsumerRecord<byte[], byte[]>> recordsOf(String topic) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
		properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10))
				.stream()
				.map(info -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
			while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
				consumer.poll(Duration.ofMillis(500)).forEach(records::add);
			}
			return records;
		}
	}

	/**
	 * Waits until every consumer group of the complaint topic has committed up to its
	 * end.
	 */
	private static void awaitNoLag() {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> lag() == 0);
	}

	private static long lag() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
			long lag = 0;
			for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
					.partitionsToOffsetAndMetadata()
					.get()
					.entrySet()
					.stream()
					.filter(entry -> entry.getKey().topic().equals(Topics.COMPLAINT_EVENTS) && entry.getValue() != null)
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
				if (committed.isEmpty()) {
					continue;
				}
				Map<TopicPartition, OffsetSpec> latest = committed.keySet()
					.stream()
					.collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
				var ends = admin.listOffsets(latest).all().get();
				for (var entry : committed.entrySet()) {
					lag += ends.get(entry.getKey()).offset() - entry.getValue().offset();
				}
			}
			return lag;
		}
	}

	private static List<String> sendPoisonToEveryPartition() throws Exception {
		List<String> keys = new ArrayList<>();
		try (KafkaProducer<byte[], byte[]> producer = producer()) {
			int partitions = producer.partitionsFor(Topics.COMPLAINT_EVENTS).size();
			for (int partition = 0; partition < partitions; partition++) {
				String key = "poison-" + partition + "-" + UUID.randomUUID();
				ProducerRecord<byte[], byte[]> poison = new ProducerRecord<>(Topics.COMPLAINT_EVENTS, partition,
						key.getBytes(StandardCharsets.UTF_8),
						"{\"eventId\": not json".getBytes(StandardCharsets.UTF_8));
				poison.headers().add(EventHeaders.TYPE, ComplaintResolved.TYPE.getBytes(StandardCharsets.UTF_8));
				producer.send(poison).get();
				keys.add(key);
			}
		}
		return keys;
	}

	private static KafkaProducer<byte[], byte[]> producer() {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
	}

	private static String bootstrapServers() {
		return SystemUnderTest.get().kafka().bootstrapServers();
	}

}
