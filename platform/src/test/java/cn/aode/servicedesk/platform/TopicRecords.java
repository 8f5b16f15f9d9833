package cn.aode.servicedesk.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import cn.aode.servicedesk.events.EventHeaders;

import static org.awaitility.Awaitility.await;

/**
 * Reads what services sent to a topic, from its start and with a group of its own, so a
 * test can check the records a flow produced (outbox events, dead letters).
 */
public final class TopicRecords {

	private TopicRecords() {
	}

	/**
	 * Waits until {@code count} records matching {@code wanted} are on the topic and
	 * returns them in their order.
	 */
	public static List<ConsumerRecord<String, String>> awaitRecords(String bootstrapServers, String topic, int count,
			Predicate<ConsumerRecord<String, String>> wanted) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "topic-reader-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<ConsumerRecord<String, String>> found = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(record -> {
					if (wanted.test(record)) {
						found.add(record);
					}
				});
				return found.size() >= count;
			});
		}
		return found;
	}

	/** Waits for the first record matching {@code wanted}. */
	public static ConsumerRecord<String, String> awaitFirst(String bootstrapServers, String topic,
			Predicate<ConsumerRecord<String, String>> wanted) {
		return awaitRecords(bootstrapServers, topic, 1, wanted).get(0);
	}

	/** A header's value as text, or null when the record has none. */
	public static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	/** Records with this key and {@value EventHeaders#TYPE} header. */
	public static Predicate<ConsumerRecord<String, String>> keyAndType(String key, String type) {
		return record -> key.equals(record.key()) && type.equals(header(record, EventHeaders.TYPE));
	}

}
