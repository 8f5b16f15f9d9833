package cn.aode.servicedesk.specialist.customer.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.specialist.customer.CustomerKind;
import cn.aode.servicedesk.specialist.customer.CustomerService;
import cn.aode.servicedesk.specialist.customer.CustomerService.Upsert;

/**
 * Bulk import from the CRM: every row is read, validated and upserted on its own (each
 * upsert is its own transaction), so a bad row is reported and never stops the good ones.
 */
@Component
class CustomerImport {

	private static final Logger log = LoggerFactory.getLogger(CustomerImport.class);

	/** The CSV columns, in the order of a CRM export; the header row names them. */
	static final List<String> COLUMNS = List.of("crmId", "kind", "name", "phone", "idNumber", "address", "specialCare",
			"preferredContactWindows", "gasConnectedOn", "projectAcceptedOn", "hasGasNeed", "warrantyEndsOn");

	/** Larger imports are split by the caller. */
	static final int MAX_ROWS = 10_000;

	private final CustomerService customers;

	private final Validator validator;

	private final JsonMapper json;

	CustomerImport(CustomerService customers, Validator validator, JsonMapper json) {
		this.customers = customers;
		this.validator = validator;
		this.json = json;
	}

	/** Imports a JSON array of customers. */
	ImportReport fromJson(JsonNode body) {
		if (body == null || !body.isArray()) {
			throw new IllegalArgumentException("An import is a JSON array of customers");
		}
		checkSize(body.size());
		Tally tally = new Tally(body.size());
		int row = 0;
		for (JsonNode element : body) {
			row++;
			CustomerRequest request;
			try {
				request = json.treeToValue(element, CustomerRequest.class);
			}
			catch (JacksonException ex) {
				tally.reject(row, textOf(element.get("crmId")), List.of(unreadable(ex)));
				continue;
			}
			if (request == null) {
				tally.reject(row, null, List.of("row: must be a JSON object"));
				continue;
			}
			store(row, request, Set.of(), new ArrayList<>(), tally);
		}
		return tally.report();
	}

	/**
	 * Imports CSV whose first row names the columns (any order, each of {@link #COLUMNS}
	 * at most once; {@code crmId} is required).
	 */
	ImportReport fromCsv(String text) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<List<String>> records = CsvParser.parse(content);
		if (records.isEmpty()) {
			throw new IllegalArgumentException("The CSV has no header row; expected " + String.join(",", COLUMNS));
		}
		Map<String, Integer> columns = columns(records.get(0));
		List<List<String>> rows = records.subList(1, records.size());
		checkSize(rows.size());
		Tally tally = new Tally(rows.size());
		int row = 0;
		for (List<String> cells : rows) {
			row++;
			if (cells.size() != columns.size()) {
				tally.reject(row, cell(cells, columns, "crmId"),
						List.of("row: has " + cells.size() + " fields, the header has " + columns.size()));
				continue;
			}
			Set<String> unreadable = new LinkedHashSet<>();
			List<String> errors = new ArrayList<>();
			CustomerRequest request = new CustomerRequest(cell(cells, columns, "crmId"),
					kind(cell(cells, columns, "kind"), unreadable, errors), cell(cells, columns, "name"),
					cell(cells, columns, "phone"), cell(cells, columns, "idNumber"), cell(cells, columns, "address"),
					bool("specialCare", cell(cells, columns, "specialCare"), unreadable, errors),
					cell(cells, columns, "preferredContactWindows"),
					date("gasConnectedOn", cell(cells, columns, "gasConnectedOn"), unreadable, errors),
					date("projectAcceptedOn", cell(cells, columns, "projectAcceptedOn"), unreadable, errors),
					bool("hasGasNeed", cell(cells, columns, "hasGasNeed"), unreadable, errors),
					date("warrantyEndsOn", cell(cells, columns, "warrantyEndsOn"), unreadable, errors));
			store(row, request, unreadable, errors, tally);
		}
		return tally.report();
	}

	/**
	 * Validates one row and upserts it when valid. Fields in {@code unreadable} already
	 * have an error in {@code errors}; their bean-validation errors would only repeat it.
	 */
	private void store(int row, CustomerRequest request, Set<String> unreadable, List<String> errors, Tally tally) {
		Set<String> found = new TreeSet<>();
		if (request.crmId() == null || request.crmId().isBlank()) {
			found.add("crmId: must not be blank");
		}
		for (ConstraintViolation<CustomerRequest> violation : validator.validate(request)) {
			String field = violation.getPropertyPath().toString();
			if (!unreadable.contains(field)) {
				found.add(field + ": " + violation.getMessage());
			}
		}
		errors.addAll(found);
		if (!errors.isEmpty()) {
			tally.reject(row, request.crmId(), errors);
			return;
		}
		try {
			tally.count(customers.upsert(request.crmId(), null, request.toData()));
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			tally.reject(row, request.crmId(), List.of("row: changed concurrently by another request; retry it"));
		}
		catch (RuntimeException ex) {
			if (ex.getCause() instanceof OptimisticLockingFailureException
					|| ex.getCause() instanceof DataIntegrityViolationException) {
				log.info("Import row {} ({}) conflicted with a concurrent change: {}", row, request.crmId(),
						ex.getCause().getMessage());
				tally.reject(row, request.crmId(), List.of("row: changed concurrently by another request; retry it"));
				return;
			}
			throw ex;
		}
	}

	private static Map<String, Integer> columns(List<String> header) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip();
			if (!COLUMNS.contains(name)) {
				throw new IllegalArgumentException(
						"Unknown CSV column '" + name + "'; the columns are " + String.join(",", COLUMNS));
			}
			if (columns.put(name, i) != null) {
				throw new IllegalArgumentException("CSV column '" + name + "' appears twice");
			}
		}
		if (!columns.containsKey("crmId")) {
			throw new IllegalArgumentException("The CSV header must name the crmId column");
		}
		return columns;
	}

	/** The stripped value of a column, or null when the column is absent or empty. */
	private static String cell(List<String> cells, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		if (index == null || index >= cells.size()) {
			return null;
		}
		String value = cells.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	private static CustomerKind kind(String value, Set<String> unreadable, List<String> errors) {
		if (value == null) {
			return null;
		}
		for (CustomerKind kind : CustomerKind.values()) {
			if (kind.name().equalsIgnoreCase(value) || kind.zh().equals(value)) {
				return kind;
			}
		}
		unreadable.add("kind");
		errors.add("kind: must be HOUSEHOLD (居民用户) or ENTERPRISE (企业用户)");
		return null;
	}

	private static Boolean bool(String field, String value, Set<String> unreadable, List<String> errors) {
		if (value == null) {
			return null;
		}
		switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "y", "1", "是" -> {
				return Boolean.TRUE;
			}
			case "false", "no", "n", "0", "否" -> {
				return Boolean.FALSE;
			}
			default -> {
				unreadable.add(field);
				errors.add(field + ": must be true or false");
				return null;
			}
		}
	}

	private static LocalDate date(String field, String value, Set<String> unreadable, List<String> errors) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			unreadable.add(field);
			errors.add(field + ": must be a date like 2024-05-20");
			return null;
		}
	}

	private static String unreadable(JacksonException ex) {
		String field = ex.getPath()
			.stream()
			.map(JacksonException.Reference::getPropertyName)
			.filter(name -> name != null)
			.reduce((first, second) -> second)
			.orElse("row");
		String message = ex.getOriginalMessage();
		String reason = (message == null) ? "" : message.lines().findFirst().orElse("");
		return field + ": cannot be read" + (reason.isBlank() ? "" : " (" + reason + ")");
	}

	private static String textOf(JsonNode node) {
		return (node != null && node.isString()) ? node.asString() : null;
	}

	private static void checkSize(int rows) {
		if (rows > MAX_ROWS) {
			throw new IllegalArgumentException(
					"An import holds at most " + MAX_ROWS + " rows; this one has " + rows + ". Split it.");
		}
	}

	/** Counts as the rows go by. */
	private static final class Tally {

		private final int received;

		private int created;

		private int updated;

		private int unchanged;

		private final List<ImportReport.Rejected> rejected = new ArrayList<>();

		Tally(int received) {
			this.received = received;
		}

		void count(Upsert upsert) {
			switch (upsert.outcome()) {
				case CREATED -> created++;
				case UPDATED -> updated++;
				case UNCHANGED -> unchanged++;
			}
		}

		void reject(int row, String crmId, List<String> errors) {
			rejected.add(new ImportReport.Rejected(row, crmId, List.copyOf(errors)));
		}

		ImportReport report() {
			return new ImportReport(received, created, updated, unchanged, List.copyOf(rejected));
		}

	}

}
