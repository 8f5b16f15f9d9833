package cn.aode.servicedesk.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * CSV exports (RFC 4180) as staff open them in a spreadsheet: a field holding a comma, a
 * quote or a line break is quoted, null is empty.
 */
public final class Csv {

	/** The media type of CSV answers. */
	public static final String MEDIA_TYPE = "text/csv";

	private Csv() {
	}

	public static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		return text.matches("(?s).*[,\"\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	/** One row of fields, without its line end. */
	public static String row(Object... values) {
		return Arrays.stream(values).map(Csv::field).collect(Collectors.joining(","));
	}

}
