package cn.aode.servicedesk.platform.problem;

/** The client's {@code If-Match} version is not the current one: answered with 412. */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(String resource, Object id, long expected, long actual) {
		super(resource + " " + id + " is at version " + actual + ", not " + expected + "; reload and retry");
	}

	/**
	 * Refuses a change made from an older read: {@code expected} is the version the
	 * caller saw ({@code If-Match}), or null when the caller did not say.
	 */
	public static void requireCurrent(String resource, Object id, Long expected, Long actual) {
		if (expected != null && !expected.equals(actual)) {
			throw new StaleVersionException(resource, id, expected, actual);
		}
	}

}
