package cn.aode.servicedesk.platform;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that the service's OpenAPI document ({@code /v3/api-docs}) shows an operation's
 * answers as the handler gives them, so front ends generated from it expect the right
 * statuses.
 */
public final class ApiDocumentAssertions {

	private ApiDocumentAssertions() {
	}

	/**
	 * The operation documents exactly these success statuses besides the problem+json
	 * {@code default}, each with the named schema as its JSON body.
	 * @param method lower case, as in the document ({@code post}, {@code put})
	 */
	public static void assertDocumentedAnswers(MockMvcTester mvc, String method, String path, String schema,
			String... statuses) {
		MvcTestResult docs = mvc.get().uri("/v3/api-docs").exchange();
		String operation = "$.paths['" + path + "']." + method + ".responses";
		List<String> documented = new ArrayList<>(List.of(statuses));
		documented.add("default");

		assertThat(docs).hasStatus(HttpStatus.OK);
		assertThat(docs).bodyJson().extractingPath(operation).asMap().containsOnlyKeys(documented);
		for (String status : statuses) {
			assertThat(docs).bodyJson()
				.extractingPath(operation + "['" + status + "'].content['application/json'].schema['$ref']")
				.isEqualTo("#/components/schemas/" + schema);
		}
	}

}
