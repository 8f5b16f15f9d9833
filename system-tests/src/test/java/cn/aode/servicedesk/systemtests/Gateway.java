package cn.aode.servicedesk.systemtests;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running system as one caller sees it through the gateway: JSON with that caller's
 * bearer token (see {@link Callers}), every status returned as is.
 */
final class Gateway {

	private final RestClient client;

	/**
	 * @param accessToken the caller's token, or null for an anonymous caller
	 */
	Gateway(String accessToken) {
		RestClient.Builder builder = RestClient.builder()
			.baseUrl(SystemUnderTest.get().gatewayUrl().toString())
			.defaultStatusHandler(status -> true, (request, response) -> {
			});
		if (accessToken != null) {
			builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
		}
		this.client = builder.build();
	}

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
