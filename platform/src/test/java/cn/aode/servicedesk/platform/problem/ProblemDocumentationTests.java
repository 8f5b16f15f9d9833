package cn.aode.servicedesk.platform.problem;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation documents its error answers as RFC 9457 problem+json. */
class ProblemDocumentationTests {

	@Test
	void everyOperationDocumentsItsOtherAnswersAsProblemJsonInOpenApi31() throws Exception {
		OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/api/v1/things",
				new PathItem()
					.get(new Operation()
						.responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("ok"))))
					.post(new Operation()
						.responses(new ApiResponses().addApiResponse("201", new ApiResponse().description("made"))))));

		new ProblemDocumentation().customise(api);
		String json = Json31.pretty(api);

		for (String method : new String[] { "get", "post" }) {
			assertThat(
					JsonPath.<String>read(json,
							"$.paths['/api/v1/things']." + method
									+ ".responses.default.content['application/problem+json']" + ".schema['$ref']"))
				.isEqualTo("#/components/schemas/Problem");
		}
		assertThat(JsonPath.<Object>read(json, "$.components.schemas.Problem.type")).asString().contains("object");
		assertThat(JsonPath.<Object>read(json, "$.components.schemas.Problem.properties.status.type")).asString()
			.contains("integer");
		assertThat(JsonPath.<List<String>>read(json, "$.components.schemas.Problem.required"))
			.containsExactlyInAnyOrder("title", "status");
	}

}
