package cn.aode.servicedesk.gateway;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import cn.aode.servicedesk.gateway.RateLimitProperties.Limit;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose bucket a request is taken from. */
class RateLimitWebFilterTests {

	private final List<String> buckets = new CopyOnWriteArrayList<>();

	private final RateLimits limits = (tier, caller) -> {
		buckets.add(tier + " " + caller);
		return Mono.just(RateLimits.Decision.allowed(1));
	};

	@Test
	void aStaffMemberOrCustomerByTheTokensSubject() {
		filter(0, withToken(request().build(), "STAFF", "spc-01", "staff-console"));
		filter(0, withToken(request().build(), "CUSTOMER", "cust-7", "customer-app"));

		assertThat(buckets).containsExactly("USER spc-01", "USER cust-7");
	}

	@Test
	void aSystemClientByItsClientId() {
		filter(0, withToken(request().build(), "CLIENT", "crm", "crm"));

		assertThat(buckets).containsExactly("CLIENT crm");
	}

	@Test
	void withoutATokenByTheConnectionsAddressWhateverXForwardedForSays() {
		filter(0, MockServerWebExchange.from(request().header("X-Forwarded-For", "203.0.113.9").build()));

		assertThat(buckets).containsExactly("ANONYMOUS 10.0.0.5");
	}

	@Test
	void behindATrustedProxyByTheAddressItSaw() {
		filter(1, MockServerWebExchange.from(request().header("X-Forwarded-For", "203.0.113.9, 198.51.100.7").build()));

		assertThat(buckets).containsExactly("ANONYMOUS 198.51.100.7");
	}

	@Test
	void onlyTheApiIsLimited() {
		filter(0, MockServerWebExchange.from(MockServerHttpRequest.get("/actuator/health").build()));

		assertThat(buckets).isEmpty();
	}

	private void filter(int trustedProxies, ServerWebExchange exchange) {
		RateLimitProperties properties = new RateLimitProperties(RateLimitProperties.Store.MEMORY, new Limit(1, 1),
				new Limit(1, 1), new Limit(1, 1), trustedProxies, 10);
		new RateLimitConfiguration().rateLimitWebFilter(limits, properties)
			.filter(exchange, filtered -> Mono.empty())
			.block();
	}

	private static MockServerHttpRequest.BaseBuilder<?> request() {
		return MockServerHttpRequest.get("/api/v1/calendar/holidays")
			.remoteAddress(new InetSocketAddress("10.0.0.5", 40000));
	}

	private static ServerWebExchange withToken(MockServerHttpRequest request, String kind, String subject,
			String clientId) {
		Jwt jwt = Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.subject(subject)
			.claim("kind", kind)
			.claim("client_id", clientId)
			.build();
		return MockServerWebExchange.from(request)
			.mutate()
			.principal(Mono.just(new JwtAuthenticationToken(jwt)))
			.build();
	}

}
