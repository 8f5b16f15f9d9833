package cn.aode.servicedesk.platform.problem;

/** The client's {@code If-Match} version is not the current one: answered with 412. */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(String resource, Object id, long expected, long actual) {
		super(resource + " " + id + " is at version " + actual + ", not " + expected + "; reload and retry");
	}

}
