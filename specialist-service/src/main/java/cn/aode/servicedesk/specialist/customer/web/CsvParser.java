package cn.aode.servicedesk.specialist.customer.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: comma-separated fields, records ended by LF or CRLF, fields in
 * double quotes may hold commas, line breaks and doubled quotes ({@code ""}). Blank lines
 * are skipped; values are returned as written (not trimmed).
 */
final class CsvParser {

	private CsvParser() {
	}

	/**
	 * @throws IllegalArgumentException (answered with 400) on a quote where none may be
	 * or a quoted field that never ends
	 */
	static List<List<String>> parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean inQuotes = false;
		boolean closedQuote = false;
		boolean recordStarted = false;
		int line = 1;
		int quoteLine = 0;
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (inQuotes) {
				if (c == '"') {
					if (i + 1 < length && text.charAt(i + 1) == '"') {
						field.append('"');
						i += 2;
						continue;
					}
					inQuotes = false;
					closedQuote = true;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
				i++;
				continue;
			}
			if (c == '"') {
				if (field.length() > 0 || closedQuote) {
					throw new IllegalArgumentException("CSV line " + line + ": a quote inside an unquoted field");
				}
				inQuotes = true;
				quoteLine = line;
				recordStarted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				closedQuote = false;
				recordStarted = true;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
					i++;
				}
				if (recordStarted) {
					record.add(field.toString());
					records.add(record);
				}
				record = new ArrayList<>();
				field.setLength(0);
				closedQuote = false;
				recordStarted = false;
				line++;
			}
			else {
				if (closedQuote) {
					throw new IllegalArgumentException("CSV line " + line + ": text after a closing quote");
				}
				field.append(c);
				recordStarted = true;
			}
			i++;
		}
		if (inQuotes) {
			throw new IllegalArgumentException("CSV line " + quoteLine + ": a quoted field is never closed");
		}
		if (recordStarted) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

}
