package cn.aode.servicedesk.systemtests;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import cn.aode.servicedesk.systemtests.DocumentedRoutes.Route;

/**
 * The responses each operation documents in its OpenAPI document, and how an answer
 * compares with them — its status documented or not, its JSON body valid against the
 * documented schema or not — so that a suite can hold the services to what they publish.
 */
final class DocumentedResponses {

	/**
	 * OpenAPI 3.1 schemas (JSON Schema 2020-12 and OpenAPI's annotations), with formats
	 * asserted; {@code components} only carries the schemas the {@code $ref}s point to.
	 */
	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
			Dialect.builder(Dialects.getOpenApi31()).keyword(new NonValidationKeyword("components")).build(),
			registry -> registry.schemaRegistryConfig(
					SchemaRegistryConfig.builder().formatAssertionsEnabled(true).locale(Locale.ENGLISH).build()));

	private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	/** What comparing one answer with its operation's documented responses can find. */
	enum Outcome {

		/** The operation documents no response with the answer's status. */
		UNDOCUMENTED_STATUS,

		/** The status is documented, but there is no JSON body or no schema for it. */
		NOT_VALIDATED,

		/** The body was validated against the documented schema. */
		VALIDATED

	}

	/**
	 * What comparing one answer found, with how a validated body differs from its schema
	 * (no mismatches: it conforms).
	 */
	record Verdict(Outcome outcome, List<String> mismatches) {

		private static final Verdict UNDOCUMENTED = new Verdict(Outcome.UNDOCUMENTED_STATUS, List.of());

		private static final Verdict NOT_VALIDATED = new Verdict(Outcome.NOT_VALIDATED, List.of());

		private static Verdict validated(List<String> mismatches) {
			return new Verdict(Outcome.VALIDATED, mismatches);
		}

	}

	/**
	 * Compares an answer of {@code route} with its documented response of that status (or
	 * its {@code 4XX}-style range, or {@code default}): a body of application/json or
	 * application/problem+json is validated against the schema of the documented media
	 * type that includes the answer's.
	 */
	Verdict check(Route route, int status, MediaType contentType, String body) {
		JsonNode responses = document(route).path("paths")
			.path(route.template())
			.path(route.method().name().toLowerCase(Locale.ROOT))
			.path("responses");
		String documentedStatus = documentedStatus(responses, status).orElse(null);
		if (documentedStatus == null) {
			return Verdict.UNDOCUMENTED;
		}
		JsonNode content = responses.path(documentedStatus).path("content");
		if (!isJson(contentType) || content.isMissingNode()) {
			return Verdict.NOT_VALIDATED;
		}
		String mediaType = documentedMediaType(content, contentType).orElse(null);
		if (mediaType == null) {
			return Verdict
				.validated(List.of("answered " + contentType + ", documented only " + content.propertyNames()));
		}
		JsonNode schema = content.path(mediaType).path("schema");
		if (schema.isMissingNode()) {
			return Verdict.NOT_VALIDATED;
		}
		if (body == null || body.isBlank()) {
			return Verdict.validated(List.of("no body"));
		}
		JsonNode answer;
		try {
			answer = JsonMapper.shared().readTree(body);
		}
		catch (JacksonException notJson) {
			return Verdict.validated(List.of("not JSON: " + notJson.getOriginalMessage()));
		}
		String key = route.service() + " " + route.key() + " " + documentedStatus + " " + mediaType;
		return Verdict.validated(schemas.computeIfAbsent(key, k -> schema(route, schema))
			.validate(answer)
			.stream()
			.map(Error::toString)
			.toList());
	}

	private JsonNode document(Route route) {
		return documents.computeIfAbsent(route.service(), service -> JsonMapper.shared().readTree(route.api()));
	}

	/**
	 * The response schema with the document's components beside it, so that its
	 * {@code #/components/schemas/...} references resolve.
	 */
	private Schema schema(Route route, JsonNode responseSchema) {
		ObjectNode root = (ObjectNode) responseSchema.deepCopy();
		root.set("components", document(route).path("components"));
		Schema schema = REGISTRY.getSchema(root);
		schema.initializeValidators();
		return schema;
	}

	private static Optional<String> documentedStatus(JsonNode responses, int status) {
		return List.of(String.valueOf(status), status / 100 + "XX", "default")
			.stream()
			.filter(responses::has)
			.findFirst();
	}

	/** The documented media type equal to the answer's, or else one including it. */
	private static Optional<String> documentedMediaType(JsonNode content, MediaType answered) {
		Optional<String> equal = content.propertyNames()
			.stream()
			.filter(type -> MediaType.parseMediaType(type).equalsTypeAndSubtype(answered))
			.findFirst();
		return equal.isPresent() ? equal
				: content.propertyNames()
					.stream()
					.filter(type -> MediaType.parseMediaType(type).includes(answered))
					.findFirst();
	}

	private static boolean isJson(MediaType contentType) {
		return contentType != null && (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(contentType)
				|| MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(contentType));
	}

}
