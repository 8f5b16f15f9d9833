package cn.aode.servicedesk.platform.problem;

/** The client's {@code If-Match} version is not the current one: answered with 412. */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(String resource, Object id, long expected, long actual) {
		super(resource + " " + id + " is at version " + actual + ", not " + expected + "; reload and retry");
	}

	/**
	 * The resource has no current version: it does not exist, or no longer as the one the
	 * caller saw.
	 */
	public StaleVersionException(String resource, Object id, long expected) {
		super(resource + " " + id + " has no current version, not " + expected + "; reload and retry");
	}

	/**
	 * Refuses a change made from an older read: {@code expected} is the version the
	 * caller saw ({@code If-Match}), or null when the caller did not say; {@code actual}
	 * is null when the resource has no current version.
	 */
	public static void requireCurrent(String resource, Object id, Long expected, Long actual) {
		if (expected != null && !expected.equals(actual)) {
			throw (actual == null) ? new StaleVersionException(resource, id, expected)
					: new StaleVersionException(resource, id, expected, actual);
		}
	}

}
