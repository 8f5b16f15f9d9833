package cn.aode.servicedesk.specialist.customer;

/**
 * Hides the middle of personal numbers (phone, ID number) from everyone who is not the
 * customer's own specialist: the first 3 and the last 4 characters stay, e.g.
 * {@code 138****5678}.
 */
public final class Masking {

	private static final int KEEP_START = 3;

	private static final int KEEP_END = 4;

	private Masking() {
	}

	/** A phone number with its middle masked, e.g. {@code 138****5678}. */
	public static String phone(String phone) {
		return middle(phone);
	}

	/**
	 * An ID card number or social credit code with its middle masked, e.g.
	 * {@code 150***********1239}.
	 */
	public static String idNumber(String idNumber) {
		return middle(idNumber);
	}

	/**
	 * Keeps the first 3 and the last 4 characters and replaces each one between them with
	 * {@code *}; a value too short to keep anything is masked entirely. Null stays null.
	 */
	static String middle(String value) {
		if (value == null) {
			return null;
		}
		int length = value.length();
		if (length <= KEEP_START + KEEP_END) {
			return "*".repeat(length);
		}
		return value.substring(0, KEEP_START) + "*".repeat(length - KEEP_START - KEEP_END)
				+ value.substring(length - KEEP_END);
	}

}
