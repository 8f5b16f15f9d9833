package cn.aode.servicedesk.systemtests;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running system as a front end sees it: JSON over the gateway, every status returned
 * as is.
 */
final class Gateway {

	private final RestClient client = RestClient.builder()
		.baseUrl(SystemUnderTest.get().gatewayUrl().toString())
		.defaultStatusHandler(status -> true, (request, response) -> {
		})
		.build();

	ResponseEntity<String> post(String uri, String json, Object... uriVariables) {
		return client.post()
			.uri(uri, uriVariables)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.toEntity(String.class);
	}

	/** PUTs and insists on a 2xx answer: for setting up the data a flow needs. */
	void put(String uri, String json) {
		ResponseEntity<String> response = client.put()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().is2xxSuccessful()).as(uri + " → " + response.getBody()).isTrue();
	}

	String get(String uri, Object... uriVariables) {
		return client.get().uri(uri, uriVariables).retrieve().body(String.class);
	}

	RestClient client() {
		return client;
	}

}
