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

}
