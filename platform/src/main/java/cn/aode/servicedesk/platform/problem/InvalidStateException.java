package cn.aode.servicedesk.platform.problem;

/**
 * A step that the case's current state does not allow (already answered, already
 * completed) and that no policy rule names: answered with 409.
 */
public class InvalidStateException extends RuntimeException {

	public InvalidStateException(String message) {
		super(message);
	}

}
