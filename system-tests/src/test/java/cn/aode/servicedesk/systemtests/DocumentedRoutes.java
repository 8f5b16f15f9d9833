package cn.aode.servicedesk.systemtests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.HttpMethod;

/**
 * Every operation the services document, read from their OpenAPI documents at the gateway
 * — the suites that check every route (security, hostile input) take their list from
 * here, so a new endpoint is covered the day it is documented.
 */
final class DocumentedRoutes {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)\\}");

	private DocumentedRoutes() {
	}

	/**
	 * One documented operation: its service, method, path template, the path with sample
	 * values for its variables, and its operation object from the OpenAPI document.
	 */
	record Route(String service, HttpMethod method, String template, String uri, Map<String, Object> operation,
			String api) {

		String key() {
			return method + " " + template;
		}

	}

	static List<Route> atTheGateway() {
		Gateway anonymous = Callers.anonymous();
		List<String> documents = JsonPath.read(anonymous.get("/v3/api-docs/swagger-config"), "$.urls[*].url");
		List<Route> routes = new ArrayList<>();
		for (String document : documents) {
			String api = anonymous.get(document);
			Map<String, Map<String, Object>> paths = JsonPath.read(api, "$.paths");
			paths.forEach((template, operations) -> operations.keySet().forEach(method -> {
				Map<String, Object> operation = JsonPath.read(api, "$.paths['" + template + "']." + method);
				routes.add(new Route(document.substring(document.lastIndexOf('/') + 1),
						HttpMethod.valueOf(method.toUpperCase()), template, filled(template, operation), operation,
						api));
			}));
		}
		return routes;
	}

	/** The path with each variable replaced by {@code value(name, schema)}. */
	static String filled(String template, Map<String, Object> operation,
			java.util.function.BiFunction<String, Map<?, ?>, String> value) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters",
				List.of());
		Matcher variables = PATH_VARIABLE.matcher(template);
		StringBuilder uri = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1);
			Map<?, ?> schema = parameters.stream()
				.filter(parameter -> name.equals(parameter.get("name")))
				.map(parameter -> (Map<?, ?>) parameter.get("schema"))
				.findFirst()
				.orElse(Map.of());
			variables.appendReplacement(uri, Matcher.quoteReplacement(value.apply(name, schema)));
		}
		variables.appendTail(uri);
		return uri.toString();
	}

	private static String filled(String template, Map<String, Object> operation) {
		return filled(template, operation, DocumentedRoutes::sample);
	}

	/** A well-formed value of a path variable. */
	static String sample(String name, Map<?, ?> schema) {
		Object format = schema.get("format");
		if ("uuid".equals(format)) {
			return UUID.randomUUID().toString();
		}
		if ("date".equals(format)) {
			return "2026-06-01";
		}
		if ("integer".equals(schema.get("type"))) {
			return "2026";
		}
		return name.equals("month") ? "2026-06" : "suite-" + name;
	}

}
