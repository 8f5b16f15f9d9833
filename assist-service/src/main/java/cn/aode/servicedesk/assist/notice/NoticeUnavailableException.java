package cn.aode.servicedesk.assist.notice;

/** notice-service could not answer in time (down, slow, or its circuit is open). */
public class NoticeUnavailableException extends RuntimeException {

	public NoticeUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
