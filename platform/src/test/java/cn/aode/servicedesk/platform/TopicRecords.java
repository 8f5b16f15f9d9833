package cn.aode.servicedesk.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import cn.aode.servicedesk.events.EventHeaders;

import static org.awaitility.Awaitility.await;

/**
 * Reads what services sent to a topic, from its start and on every partition, so a test
 * can check the records a flow produced (outbox events, dead letters).
 */
public final class TopicRecords {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final Duration POLL = Duration.ofMillis(200);

	private TopicRecords() {
	}

	/**
	 * Waits until {@code count} records matching {@code wanted} are on the topic, then
	 * reads on to the topic's end and returns every match in order: a test asserting the
	 * exact size also sees an extra record sent before the last expected one was read.
	 */
	public static List<ConsumerRecord<String, String>> awaitRecords(String bootstrapServers, String topic, int count,
			Predicate<ConsumerRecord<String, String>> wanted) {
		List<ConsumerRecord<String, String>> found = new ArrayList<>();
		read(bootstrapServers, topic, record -> {
			if (wanted.test(record)) {
				found.add(record);
			}
		}, () -> found.size() >= count);
		return found;
	}

	/**
	 * Reads until a record matching {@code marker} (sent after the ones under test, on
	 * the same partition) has been seen, then on to the topic's end, and returns every
	 * record matching {@code wanted} in order; the marker itself only when it is wanted.
	 */
	public static List<ConsumerRecord<String, String>> recordsUntil(String bootstrapServers, String topic,
			Predicate<ConsumerRecord<String, String>> marker, Predicate<ConsumerRecord<String, String>> wanted) {
		AtomicBoolean markerSeen = new AtomicBoolean();
		List<ConsumerRecord<String, String>> found = new ArrayList<>();
		read(bootstrapServers, topic, record -> {
			if (marker.test(record)) {
				markerSeen.set(true);
			}
			if (wanted.test(record)) {
				found.add(record);
			}
		}, markerSeen::get);
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

	/**
	 * Hands every record to {@code each} until {@code enough} holds, then on to the end
	 * the topic had at that moment.
	 */
	private static void read(String bootstrapServers, String topic, Consumer<ConsumerRecord<String, String>> each,
			BooleanSupplier enough) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			// every partition assigned by hand: no consumer group to join, reading starts
			// at once
			List<TopicPartition> partitions = await().atMost(PATIENCE)
				.until(() -> consumer.partitionsFor(topic)
					.stream()
					.map(info -> new TopicPartition(topic, info.partition()))
					.toList(), list -> !list.isEmpty());
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			await().atMost(PATIENCE).until(() -> {
				consumer.poll(POLL).forEach(each);
				return enough.getAsBoolean();
			});
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			await().atMost(PATIENCE).until(() -> {
				consumer.poll(POLL).forEach(each);
				return partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition));
			});
		}
	}

}
