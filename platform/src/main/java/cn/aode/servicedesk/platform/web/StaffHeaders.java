package cn.aode.servicedesk.platform.web;

/**
 * The request header that names the staff member reading, for answers that depend on who
 * reads (masking, SPC-5's service log) until the caller's token names them. Such answers
 * vary by it.
 */
public final class StaffHeaders {

	/** The reading staff member's staff id. */
	public static final String STAFF_ID = "X-Staff-Id";

	private StaffHeaders() {
	}

}
