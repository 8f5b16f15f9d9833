package cn.aode.servicedesk.events;

/** Names of the Kafka headers every externalized event carries. */
public final class EventHeaders {

	/** Logical event type, e.g. {@code complaint.resolved}. */
	public static final String TYPE = "event-type";

	/** The event's unique id, as a string. */
	public static final String ID = "event-id";

	private EventHeaders() {
	}

}
