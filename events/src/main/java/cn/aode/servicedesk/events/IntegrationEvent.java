package cn.aode.servicedesk.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event that leaves a service carries: a unique id (consumers deduplicate on
 * it), when it happened, and the aggregate it belongs to (the Kafka record key, so one
 * aggregate's events stay in order).
 */
public interface IntegrationEvent {

	/** Unique per event; a redelivered event keeps its id. */
	UUID eventId();

	/** When the change happened (UTC instant). */
	Instant occurredAt();

	/** Id of the producing aggregate: the Kafka key. */
	String aggregateId();

	/**
	 * Logical type, sent as the {@value EventHeaders#TYPE} header, e.g.
	 * {@code complaint.resolved}.
	 */
	String eventType();

	/** The topic of the producing aggregate, e.g. {@code complaint-events}. */
	String topic();

}
