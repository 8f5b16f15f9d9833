package cn.aode.servicedesk.platform.inbox;

/**
 * Reads coded values out of incoming events with one policy: a value this service does
 * not know makes the event malformed (dead letter at once), it is never guessed or
 * defaulted.
 */
public final class EventValues {

	private EventValues() {
	}

	/**
	 * The constant of {@code type} named {@code code}.
	 * @param field names the event field, for the dead letter's reason
	 * @throws MalformedEventException when the code is missing or unknown
	 */
	public static <E extends Enum<E>> E enumValue(Class<E> type, String code, String field) {
		if (code == null) {
			throw new MalformedEventException("Event field " + field + " is missing", null);
		}
		try {
			return Enum.valueOf(type, code);
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException(
					"Event field " + field + " has " + code + ", not a known " + type.getSimpleName(), ex);
		}
	}

}
