package cn.aode.servicedesk.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.aode.servicedesk.systemtests.DocumentedResponses.Verdict;
import cn.aode.servicedesk.systemtests.DocumentedRoutes.Route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * Hostile and malformed input at every documented route, through the gateway, with staff
 * tokens holding every role (so the requests reach the controllers): wrong types, missing
 * and unknown fields, huge and odd strings, broken JSON, bad path variables and query
 * parameters, generated from each operation's OpenAPI description with a fixed seed. No
 * answer may be a 5xx, every error answer is problem+json, every JSON answer of a status
 * the operation documents is valid against the documented schema, and afterwards no
 * database holds a half-written row ({@link HalfWrittenRows}). Run on its own with
 * {@code ./mvnw -B verify -pl system-tests -Dit.test=HostileInputIT} (after a build).
 */
class HostileInputIT {

	/** Requests per documented route; about 10,000 over all of them. */
	private static final int PER_ROUTE = Integer.getInteger("hostile.per-route", 80);

	private static final String[] ROLES = { "GENERAL_MANAGER", "PRINCIPAL_LEADER", "DEPARTMENT_HEAD", "SPECIALIST",
			"SERVICE_CENTER_CLERK", "OFFICE_HANDLER", "HELPER", "SUPERVISOR", "CUSTODIAN" };

	private static final String[] ODD_STRINGS = { "", " ", "null", "-1", "0", "9999999999999999999999", "1e309",
			"\u0000", "'; drop table x; --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "ＡＢＣ全角",
			"😀".repeat(50), "a".repeat(5000), "2026-13-45", "2026-02-30T25:61:00Z", "P-1D",
			"00000000-0000-0000-0000-000000000000", "not-a-uuid", "true", "[]", "{}" };

	@Test
	@DisplayName("About 10,000 generated hostile requests to every documented route: no 5xx, every error "
			+ "problem+json, every documented answer as its schema says, no half-written rows afterwards")
	void hostileInputNeverBreaksAService() throws InterruptedException {
		List<Route> routes = DocumentedRoutes.atTheGateway()
			.stream()
			.filter(route -> !route.template().startsWith("/api/v1/audit/"))
			.toList();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			tokens.add("Bearer " + Callers.staffToken("hostile-" + i, ROLES));
		}
		DocumentedResponses documented = new DocumentedResponses();
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger sent = new AtomicInteger();
		AtomicInteger throttled = new AtomicInteger();
		AtomicInteger validated = new AtomicInteger();
		AtomicInteger mismatched = new AtomicInteger();
		Map<Integer, Set<String>> undocumented = new ConcurrentSkipListMap<>();
		AtomicInteger undocumentedAnswers = new AtomicInteger();
		ExecutorService senders = Executors.newFixedThreadPool(8);
		for (int r = 0; r < routes.size(); r++) {
			Route route = routes.get(r);
			String token = tokens.get(r % tokens.size());
			Random random = new Random(31L * r + route.key().hashCode());
			for (int i = 0; i < PER_ROUTE; i++) {
				Request request = hostile(route, random, i);
				senders.submit(() -> {
					ResponseEntity<String> answer = send(route.method(), request, token);
					sent.incrementAndGet();
					int status = answer.getStatusCode().value();
					MediaType contentType = answer.getHeaders().getContentType();
					if (status == 429) {
						throttled.incrementAndGet();
						return;
					}
					if (status >= 500) {
						failures.add(route.key() + " " + request.uri() + " → " + status + " "
								+ abbreviated(answer.getBody()));
						return;
					}
					if (status >= 400 && !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(contentType)) {
						failures.add(route.key() + " " + request.uri() + " → " + status + " as " + contentType);
					}
					Verdict verdict = documented.check(route, status, contentType, answer.getBody());
					switch (verdict.outcome()) {
						case UNDOCUMENTED_STATUS -> {
							undocumentedAnswers.incrementAndGet();
							undocumented.computeIfAbsent(status, s -> new ConcurrentSkipListSet<>()).add(route.key());
						}
						case VALIDATED -> {
							validated.incrementAndGet();
							if (!verdict.mismatches().isEmpty()) {
								mismatched.incrementAndGet();
								failures.add(route.key() + " " + request.uri() + " → " + status + " not as documented: "
										+ abbreviated(verdict.mismatches()));
							}
						}
					}
				});
			}
		}
		senders.shutdown();
		assertThat(senders.awaitTermination(15, TimeUnit.MINUTES)).isTrue();
		System.out.printf(
				"Hostile input: %d requests to %d routes, %d throttled (429), %d answers validated against their "
						+ "documented schemas (%d mismatches), %d of undocumented statuses, %d failures%n",
				sent.get(), routes.size(), throttled.get(), validated.get(), mismatched.get(),
				undocumentedAnswers.get(), failures.size());
		undocumented.forEach((status, keys) -> System.out.printf("  undocumented %d on %d routes%s%n", status,
				keys.size(), status < 400 ? ": " + keys : ""));
		System.out.printf("Half-written rows: %d invariants over %d state-changing calls answered 2xx%n",
				HalfWrittenRows.INVARIANTS.size(), HalfWrittenRows.succeededChanges());
		assertAll(
				() -> assertThat(failures)
					.as("5xx, non-problem errors or answers not as documented (first of %d)", failures.size())
					.hasSizeLessThanOrEqualTo(0),
				// a change's audit entry follows its answer by a moment
				() -> await().atMost(Duration.ofSeconds(10))
					.untilAsserted(() -> assertThat(HalfWrittenRows.broken()).as("half-written rows").isEmpty()));
	}

	/** A request to send: its path and query, and its body (null: none). */
	private record Request(String uri, String body, String contentType) {
	}

	private static Request hostile(Route route, Random random, int i) {
		String uri = i % 4 == 0
				? DocumentedRoutes.filled(route.template(), route.operation(), (name, schema) -> encoded(pick(random)))
				: route.uri();
		uri = uri + query(route, random);
		boolean withBody = route.method() != HttpMethod.GET && route.method() != HttpMethod.DELETE;
		if (!withBody) {
			return new Request(uri, null, null);
		}
		return switch (i % 8) {
			case 0 -> new Request(uri, "{\"unclosed\": ", "application/json");
			case 1 -> new Request(uri, pick(random), "application/json");
			case 2 -> new Request(uri, "[]", "application/json");
			case 3 -> new Request(uri, "<xml/>", "application/xml");
			default -> new Request(uri, body(route, random), "application/json");
		};
	}

	/**
	 * The query parameters the operation documents, each with a hostile or a fitting
	 * value.
	 */
	private static String query(Route route, Random random) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> parameters = (List<Map<String, Object>>) route.operation()
			.getOrDefault("parameters", List.of());
		StringBuilder query = new StringBuilder();
		for (Map<String, Object> parameter : parameters) {
			if ("query".equals(parameter.get("in")) && random.nextBoolean()) {
				query.append(query.isEmpty() ? "?" : "&")
					.append(parameter.get("name"))
					.append('=')
					.append(encoded(random.nextInt(3) == 0 ? "2026-06-01" : pick(random)));
			}
		}
		return query.toString();
	}

	/**
	 * A body from the operation's request schema, each property with a value of a random
	 * kind: a fitting-looking one, a wrong type, an odd string, null, or a deep object.
	 */
	private static String body(Route route, Random random) {
		List<String> names = properties(route);
		StringBuilder json = new StringBuilder("{");
		for (String name : names) {
			if (random.nextInt(5) == 0) {
				continue;
			}
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(name).append("\":").append(value(random));
		}
		if (random.nextInt(4) == 0) {
			json.append(json.length() > 1 ? "," : "").append("\"unknownField\":").append(value(random));
		}
		return json.append('}').toString();
	}

	private static String value(Random random) {
		List<Supplier<String>> kinds = List.of(() -> "\"" + escaped(pick(random)) + "\"", () -> "null",
				() -> String.valueOf(random.nextLong()), () -> "-1", () -> "true", () -> "[\"x\", 1, null]",
				() -> "{\"a\":{\"b\":{\"c\":[1,2,{\"d\":null}]}}}", () -> "1.5e300",
				() -> "\"" + "长".repeat(random.nextInt(3000)) + "\"", () -> "\"2026-06-01\"",
				() -> "\"2026-06-01T10:00:00Z\"");
		return kinds.get(random.nextInt(kinds.size())).get();
	}

	@SuppressWarnings("unchecked")
	private static List<String> properties(Route route) {
		Object content = ((Map<String, Object>) route.operation().getOrDefault("requestBody", Map.of())).get("content");
		if (!(content instanceof Map<?, ?> types) || types.isEmpty()) {
			return List.of("id", "name");
		}
		Object schema = ((Map<String, Object>) types.values().iterator().next()).get("schema");
		if (schema instanceof Map<?, ?> map && map.get("$ref") instanceof String ref) {
			String name = ref.substring(ref.lastIndexOf('/') + 1);
			try {
				Map<String, Object> properties = JsonPath.read(route.api(),
						"$.components.schemas['" + name + "'].properties");
				return List.copyOf(properties.keySet());
			}
			catch (RuntimeException none) {
				return List.of();
			}
		}
		return List.of();
	}

	private static ResponseEntity<String> send(HttpMethod method, Request request, String token) {
		try {
			return Callers.anonymous()
				.client()
				.method(method)
				.uri(java.net.URI.create(SystemUnderTest.get().gatewayUrl() + request.uri()))
				.headers(headers -> {
					headers.set(HttpHeaders.AUTHORIZATION, token);
					if (request.contentType() != null) {
						headers.set(HttpHeaders.CONTENT_TYPE, request.contentType());
					}
				})
				.body(request.body() == null ? "" : request.body())
				.retrieve()
				.toEntity(String.class);
		}
		catch (RuntimeException unsendable) {
			return ResponseEntity.status(400).build();
		}
	}

	private static String pick(Random random) {
		return ODD_STRINGS[random.nextInt(ODD_STRINGS.length)];
	}

	private static String encoded(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String escaped(String value) {
		return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000");
	}

	private static String abbreviated(String body) {
		return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}

	/**
	 * The first three messages, each cut to 200 characters, and how many more there are.
	 */
	private static String abbreviated(List<String> messages) {
		return String.join("; ",
				messages.stream()
					.limit(3)
					.map(message -> message.length() > 200 ? message.substring(0, 200) + "…" : message)
					.toList())
				+ (messages.size() > 3 ? " (and " + (messages.size() - 3) + " more)" : "");
	}

}
