package cn.aode.servicedesk.specialist.customer;

import java.util.regex.Pattern;

/** The shape of a CRM customer id, checked wherever one enters the service. */
public final class CrmIds {

	/** Letters, digits, dot, underscore and hyphen; 1 to 64 characters. */
	public static final String REGEXP = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	private static final Pattern PATTERN = Pattern.compile(REGEXP);

	private CrmIds() {
	}

	public static boolean isValid(String crmId) {
		return crmId != null && PATTERN.matcher(crmId).matches();
	}

	/**
	 * @throws IllegalArgumentException (answered with 400) when the id has the wrong
	 * shape
	 */
	public static void check(String crmId) {
		if (!isValid(crmId)) {
			throw new IllegalArgumentException(
					"A CRM customer id is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
	}

}
