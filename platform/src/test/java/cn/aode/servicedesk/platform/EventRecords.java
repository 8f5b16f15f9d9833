package cn.aode.servicedesk.platform;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.EventHeaders;
import cn.aode.servicedesk.events.IntegrationEvent;

/** Kafka records shaped as the outbox sends them, for tests of consumers. */
public final class EventRecords {

	private EventRecords() {
	}

	/**
	 * The event on its topic, keyed by its aggregate, with its type header and JSON body.
	 */
	public static ProducerRecord<String, byte[]> of(IntegrationEvent event, JsonMapper json) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.aggregateId(),
				json.writeValueAsBytes(event));
		record.headers().add(EventHeaders.TYPE, event.eventType().getBytes(StandardCharsets.UTF_8));
		record.headers().add(EventHeaders.ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
		return record;
	}

	/**
	 * The same record pinned to partition 0, so records sent one after another are
	 * consumed in that order whatever their keys: a duplicate and the marker sent after
	 * it cannot overtake each other.
	 */
	public static ProducerRecord<String, byte[]> inOrder(IntegrationEvent event, JsonMapper json) {
		ProducerRecord<String, byte[]> record = of(event, json);
		return new ProducerRecord<>(record.topic(), 0, record.key(), record.value(), record.headers());
	}

}
