package cn.aode.servicedesk.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal the gateway answers itself (401, 403, 413, 429), written as problem+json in
 * the shape every service uses, so a client handles the edge's refusals like a service's.
 *
 * @param type {@code urn:servicedesk:problem:<name>}
 * @param title a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what happened to this request
 */
record Problem(String type, String title, int status, String detail) {

	private static final String TYPE_BASE = "urn:servicedesk:problem:";

	static Problem of(HttpStatus status, String name, String title, String detail) {
		return new Problem(TYPE_BASE + name, title, status.value(), detail);
	}

	/** Sets the status and content type and writes this problem as the body. */
	Mono<Void> writeTo(ServerHttpResponse response) {
		response.setStatusCode(HttpStatus.valueOf(status));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = JsonMapper.shared().writeValueAsBytes(this);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

}
