package cn.aode.servicedesk.platform.inbox;

/**
 * A record that can never be processed (no type header, unreadable JSON): not retried,
 * dead-lettered at once.
 */
public class MalformedEventException extends RuntimeException {

	public MalformedEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
