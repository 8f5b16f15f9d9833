package cn.aode.servicedesk.gateway;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.access.server.BearerTokenServerAccessDeniedHandler;
import org.springframework.security.oauth2.server.resource.web.server.BearerTokenServerAuthenticationEntryPoint;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers a missing or bad token (401, with the RFC 6750 {@code WWW-Authenticate} header)
 * and a caller who may not reach a path (403) as problem+json, as the services do:
 * Spring's bearer-token handlers write the header, this class the body.
 */
final class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final BearerTokenServerAuthenticationEntryPoint challenge = new BearerTokenServerAuthenticationEntryPoint();

	private final BearerTokenServerAccessDeniedHandler denial = new BearerTokenServerAccessDeniedHandler();

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		String detail = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
				? "The bearer token is not valid here: " + ex.getMessage()
				: "This needs a bearer token from the auth-server.";
		return challenge.commence(headersOnly(exchange), ex)
			.then(Problem.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", detail)
				.writeTo(exchange.getResponse()));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException ex) {
		ServerHttpRequest request = exchange.getRequest();
		return denial.handle(headersOnly(exchange), ex)
			.then(Problem
				.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
						"This caller may not " + request.getMethod() + " " + request.getPath().value() + ".")
				.writeTo(exchange.getResponse()));
	}

	/**
	 * The exchange with a response that Spring's handlers cannot complete, so that the
	 * body can still be written after they set the header.
	 */
	private static ServerWebExchange headersOnly(ServerWebExchange exchange) {
		return exchange.mutate().response(new ServerHttpResponseDecorator(exchange.getResponse()) {
			@Override
			public Mono<Void> setComplete() {
				return Mono.empty();
			}
		}).build();
	}

}
