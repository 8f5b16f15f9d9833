package cn.aode.servicedesk.platform.web;

/**
 * Optimistic-lock versions as HTTP entity tags: responses carry {@code ETag: "3"},
 * changing requests may send {@code If-Match: "3"} and get 412 when someone else changed
 * it first.
 */
public final class ETags {

	private ETags() {
	}

	public static String of(Long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version named by an {@code If-Match} header, or null when the header is absent.
	 */
	public static Long parseIfMatch(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
			return null;
		}
		String value = ifMatch.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("If-Match must name a version such as \"3\", not " + ifMatch);
		}
	}

}
