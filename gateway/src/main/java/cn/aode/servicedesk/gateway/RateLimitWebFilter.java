package cn.aode.servicedesk.gateway;

import java.net.InetSocketAddress;
import java.security.Principal;

import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Takes every {@code /api/**} request from its caller's bucket once the token is checked:
 * a system client's by its {@code client_id}, a user's by the token's subject, a request
 * without a token by its address. An empty bucket answers 429 problem+json with
 * {@code Retry-After}; every answer says how many requests are left.
 */
final class RateLimitWebFilter implements WebFilter, Ordered {

	static final String REMAINING = "X-RateLimit-Remaining";

	private static final PathPattern API = PathPatternParser.defaultInstance.parse("/api/**");

	private final RateLimits limits;

	private final RemoteAddressResolver addresses;

	RateLimitWebFilter(RateLimits limits, RemoteAddressResolver addresses) {
		this.limits = limits;
		this.addresses = addresses;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!API.matches(exchange.getRequest().getPath().pathWithinApplication())) {
			return chain.filter(exchange);
		}
		return exchange.<Principal>getPrincipal()
			.map(RateLimitWebFilter::caller)
			.switchIfEmpty(Mono.fromSupplier(() -> anonymous(exchange)))
			.flatMap(caller -> limits.take(caller.tier(), caller.id()).flatMap(decision -> {
				ServerHttpResponse response = exchange.getResponse();
				if (decision.remaining() >= 0) {
					response.getHeaders().set(REMAINING, String.valueOf(decision.remaining()));
				}
				return decision.allowed() ? chain.filter(exchange) : refuse(response, caller, decision);
			}));
	}

	private static Mono<Void> refuse(ServerHttpResponse response, Caller caller, RateLimits.Decision decision) {
		long seconds = decision.retryAfter().toSeconds();
		response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		return Problem
			.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
					"This " + caller.noun() + " sent more requests than the gateway allows; try again in " + seconds
							+ " s.")
			.writeTo(response);
	}

	/**
	 * A client-credentials token by its client, anyone else's by its subject, as the
	 * auth-server's {@code kind} claim says.
	 */
	private static Caller caller(Principal principal) {
		if (principal instanceof JwtAuthenticationToken token) {
			Jwt jwt = token.getToken();
			String kind = jwt.getClaimAsString("kind");
			if ("STAFF".equals(kind) || "CUSTOMER".equals(kind)) {
				return new Caller(RateLimits.Tier.USER, jwt.getSubject());
			}
			String clientId = jwt.getClaimAsString("client_id");
			return new Caller(RateLimits.Tier.CLIENT, clientId == null ? jwt.getSubject() : clientId);
		}
		return new Caller(RateLimits.Tier.USER, principal.getName());
	}

	private Caller anonymous(ServerWebExchange exchange) {
		InetSocketAddress address = addresses.resolve(exchange);
		String id = (address == null) ? "unknown"
				: (address.getAddress() != null) ? address.getAddress().getHostAddress() : address.getHostString();
		return new Caller(RateLimits.Tier.ANONYMOUS, id);
	}

	/**
	 * After Spring Security's filter chain (order -100), which has checked the token by
	 * then.
	 */
	@Override
	public int getOrder() {
		return 0;
	}

	/** Whose bucket a request is taken from. */
	private record Caller(RateLimits.Tier tier, String id) {

		String noun() {
			return switch (tier) {
				case USER -> "user";
				case CLIENT -> "client";
				case ANONYMOUS -> "address";
			};
		}

	}

}
