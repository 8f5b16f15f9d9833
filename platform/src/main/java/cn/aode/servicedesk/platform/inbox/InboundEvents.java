package cn.aode.servicedesk.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.EventHeaders;
import cn.aode.servicedesk.events.IntegrationEvent;

/**
 * Turns a Kafka record into a typed event and applies it at most once per consumer. Call
 * it from a {@code @KafkaListener}; the effect and the processed-event row commit
 * together.
 */
public class InboundEvents {

	private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final Clock clock;

	public InboundEvents(JsonMapper json, JdbcClient jdbc, Clock clock) {
		this.json = json;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Applies the record with the handler when its type header names {@code eventType}.
	 * @param consumer names the effect (one service may have several effects of one
	 * event)
	 * @return whether the record was of that type (duplicates count as handled)
	 * @throws MalformedEventException when the record cannot be read at all
	 */
	@Transactional
	public <E extends IntegrationEvent> boolean handle(String consumer, ConsumerRecord<String, byte[]> record,
			String eventType, Class<E> type, Consumer<E> handler) {
		String recordType = header(record, EventHeaders.TYPE);
		if (recordType == null) {
			throw new MalformedEventException(
					"Record at " + position(record) + " has no " + EventHeaders.TYPE + " header", null);
		}
		if (!recordType.equals(eventType)) {
			return false;
		}
		E event = read(record, type);
		int inserted = jdbc
			.sql("insert into processed_event (consumer, event_id, event_type, processed_at) values (?, ?, ?, ?)"
					+ " on conflict do nothing")
			.params(consumer, event.eventId(), recordType, Timestamp.from(clock.instant()))
			.update();
		if (inserted == 0) {
			log.info("Skipping duplicate {} {} for {}", recordType, event.eventId(), consumer);
			return true;
		}
		handler.accept(event);
		return true;
	}

	private <E> E read(ConsumerRecord<String, byte[]> record, Class<E> type) {
		if (record.value() == null) {
			throw new MalformedEventException("Record at " + position(record) + " has no body", null);
		}
		try {
			E event = json.readValue(record.value(), type);
			if (!(event instanceof IntegrationEvent integrationEvent) || integrationEvent.eventId() == null) {
				throw new MalformedEventException("Record at " + position(record) + " has no eventId", null);
			}
			return event;
		}
		catch (JacksonException ex) {
			throw new MalformedEventException(
					"Record at " + position(record) + " is not a readable " + type.getSimpleName(), ex);
		}
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	private static String position(ConsumerRecord<?, ?> record) {
		return record.topic() + "-" + record.partition() + "@" + record.offset();
	}

}
