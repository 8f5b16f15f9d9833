package cn.aode.servicedesk.systemtests;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What operations and front-end teams see at the gateway of the running system. */
class OperationsViewIT {

	private final RestClient gateway = RestClient.create(SystemUnderTest.get().gatewayUrl().toString());

	@Test
	@DisplayName("Health of the gateway and every service is open to anyone; it shows every service up")
	void gatewayHealthShowsEveryServiceUp() {
		String health = gateway.get().uri("/actuator/health").retrieve().body(String.class);

		assertThat(JsonPath.<String>read(health, "$.status")).isEqualTo("UP");
		assertThat(JsonPath.<List<String>>read(health, "$.components.downstream.components.*.status")).hasSize(7)
			.containsOnly("UP");
	}

	@Test
	void swaggerUiAtTheGatewayListsEveryServicesLiveApiDocs() {
		String config = gateway.get().uri("/v3/api-docs/swagger-config").retrieve().body(String.class);
		List<String> urls = JsonPath.read(config, "$.urls[*].url");
		assertThat(urls).hasSize(7);

		for (String url : urls) {
			String docs = gateway.get().uri(url).retrieve().body(String.class);
			assertThat(JsonPath.<String>read(docs, "$.openapi")).as(url).startsWith("3.1");
		}
		String complaintDocs = gateway.get().uri("/v3/api-docs/complaint-service").retrieve().body(String.class);
		assertThat(JsonPath.<Object>read(complaintDocs, "$.paths['/api/v1/complaints']")).isNotNull();
	}

}
