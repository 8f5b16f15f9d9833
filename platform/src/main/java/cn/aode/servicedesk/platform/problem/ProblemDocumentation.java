package cn.aode.servicedesk.platform.problem;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Documents, on every operation, that any answer it does not document otherwise is an RFC
 * 9457 problem+json ({@link ProblemDetailsAdvice}): front ends and the CRM then know the
 * shape of every error, and a client generated from the document can read it.
 */
public class ProblemDocumentation implements OpenApiCustomizer {

	static final String SCHEMA = "Problem";

	private static final String PROBLEM_JSON = "application/problem+json";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		openApi.getComponents().addSchemas(SCHEMA, problemSchema());
		ApiResponse problem = new ApiResponse()
			.description("An error: RFC 9457 problem details (400, 403, 404, 409, 412, 415, 422 with the rule, 503)")
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
		if (openApi.getPaths() != null) {
			openApi.getPaths()
				.values()
				.forEach(path -> path.readOperations()
					.stream()
					.filter(operation -> operation.getResponses() != null
							&& !operation.getResponses().containsKey("default"))
					.forEach(operation -> operation.getResponses().addApiResponse("default", problem)));
		}
	}

	/**
	 * RFC 9457's members as Spring writes them; extensions (field errors, the retry hint)
	 * stay open.
	 */
	private static Schema<?> problemSchema() {
		Map<String, Schema> members = new LinkedHashMap<>();
		members.put("type", typed("string").format("uri")
			.description("e.g. urn:servicedesk:problem:rule-violation; absent: about:blank, the status says it all"));
		members.put("title", typed("string"));
		members.put("status", typed("integer").minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)));
		members.put("detail", typed("string"));
		members.put("instance", typed("string"));
		members.put("rule", typed("string").description("the refusing rule's ID, e.g. APT-5 (422, some 403)"));
		return typed("object").description("RFC 9457 problem details")
			.properties(members)
			.required(List.of("title", "status"));
	}

	/** A schema of one JSON type, written for OpenAPI 3.0 and 3.1 alike. */
	private static Schema<Object> typed(String type) {
		Schema<Object> schema = new Schema<>();
		schema.setType(type);
		schema.setTypes(Set.of(type));
		return schema;
	}

}
