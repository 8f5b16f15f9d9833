package cn.aode.servicedesk.events;

/**
 * One topic per producing aggregate. Consumers that give up on a record after bounded
 * retries send it to the same name with {@link #DEAD_LETTER_SUFFIX}.
 */
public final class Topics {

	public static final String COMPLAINT_EVENTS = "complaint-events";

	/** Requests from any service to watch a time limit; keyed by the subject case. */
	public static final String DEADLINE_REQUESTS = "deadline-requests";

	public static final String DEADLINE_EVENTS = "deadline-events";

	/**
	 * Customers as the CRM keeps them, and their specialist assignments; keyed by CRM id.
	 */
	public static final String CUSTOMER_EVENTS = "customer-events";

	/** Return visits recorded by visit-service; keyed by visit plan id. */
	public static final String VISIT_EVENTS = "visit-events";

	/**
	 * Penalties and commendations any policy area asks to put on a staff member's record
	 * keyed by staff id.
	 */
	public static final String STAFF_RECORD_REQUESTS = "staff-record-requests";

	/**
	 * Hall appointments and home visits of appointment-service, and their reminders;
	 * keyed by appointment id.
	 */
	public static final String APPOINTMENT_EVENTS = "appointment-events";

	public static final String DEAD_LETTER_SUFFIX = "-dlt";

	private Topics() {
	}

	/** The dead-letter topic of a topic. */
	public static String deadLetterOf(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
