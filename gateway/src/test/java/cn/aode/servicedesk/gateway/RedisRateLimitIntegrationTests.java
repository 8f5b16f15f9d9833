package cn.aode.servicedesk.gateway;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Redis store is wired when chosen: without a Redis server here, the gateway starts,
 * reports Redis down in its health and lets requests through (the limiter fails open).
 * The limits themselves are checked with the in-memory store; the Redis script is Spring
 * Cloud Gateway's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "servicedesk.gateway.rate-limit.store=redis")
class RedisRateLimitIntegrationTests {

	private static final StubService stub = new StubService();

	@LocalServerPort
	int port;

	@Autowired
	RateLimits limits;

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		registry.add("SERVICES_COMPLAINT_URL", stub::url);
		registry.add("AUTH_JWK_SET_URI", stub::jwkSetUri);
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", StubService::unusedPort);
	}

	@AfterAll
	static void stopStub() {
		stub.close();
	}

	@Test
	@DisplayName("With store=redis the buckets are Redis's; while Redis is unreachable requests still pass and "
			+ "health shows Redis down")
	void redisStoreIsWiredAndFailsOpen() {
		WebTestClient client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();

		assertThat(limits).isInstanceOf(RedisRateLimits.class);
		client.get()
			.uri("/api/v1/complaints/1")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("spc-01").bearer())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(RateLimitWebFilter.REMAINING);
		client.get()
			.uri("/actuator/health")
			.exchange()
			.expectBody()
			.jsonPath("$.components.redis.status")
			.isEqualTo("DOWN");
	}

}
