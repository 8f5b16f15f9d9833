package cn.aode.servicedesk.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits through the running gateway, with small buckets that hardly refill during
 * the test: users 3, clients 5, addresses without a token 2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "servicedesk.gateway.rate-limit.user.capacity=3",
				"servicedesk.gateway.rate-limit.user.refill-per-second=0.01",
				"servicedesk.gateway.rate-limit.client.capacity=5",
				"servicedesk.gateway.rate-limit.client.refill-per-second=0.01",
				"servicedesk.gateway.rate-limit.anonymous.capacity=2",
				"servicedesk.gateway.rate-limit.anonymous.refill-per-second=0.01" })
class RateLimitIntegrationTests {

	private static final StubService stub = new StubService();

	@LocalServerPort
	int port;

	private WebTestClient client;

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		stub.standIn(registry);
	}

	@AfterAll
	static void stopStub() {
		stub.close();
	}

	@BeforeEach
	void client() {
		client = StubService.gatewayClient(port).build();
	}

	@Test
	@DisplayName("A user's 4th request answers 429 problem+json with Retry-After and stays at the gateway, while "
			+ "another user is still served")
	void aUserOverTheLimitIsRefusedAnotherIsServed() {
		String bearer = TestTokens.staff("head-01").bearer();
		for (long remaining = 2; remaining >= 0; remaining--) {
			client.get()
				.uri("/api/v1/complaints/1")
				.header(HttpHeaders.AUTHORIZATION, bearer)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals(RateLimitWebFilter.REMAINING, String.valueOf(remaining));
		}
		int before = stub.authorizations.size();

		client.get()
			.uri("/api/v1/complaints/1")
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 100L))
			.expectHeader()
			.valueEquals(RateLimitWebFilter.REMAINING, "0")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:servicedesk:problem:rate-limited")
			.jsonPath("$.status")
			.isEqualTo(429);
		assertThat(stub.authorizations).hasSize(before);

		client.get()
			.uri("/api/v1/complaints/1")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("head-02").bearer())
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	@DisplayName("A system client is limited by its client id, with its own larger budget: every new token of the "
			+ "CRM draws on the same bucket")
	void aClientIsLimitedByItsClientId() {
		for (int i = 0; i < 5; i++) {
			client.get()
				.uri("/api/v1/customers/CRM-7")
				.header(HttpHeaders.AUTHORIZATION, TestTokens.client("crm", "crm.customers").bearer())
				.exchange()
				.expectStatus()
				.isOk();
		}

		client.get()
			.uri("/api/v1/customers/CRM-7")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.client("crm", "crm.customers").bearer())
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	@DisplayName("Public look-ups without a token are limited by the caller's address, which a made-up "
			+ "X-Forwarded-For does not change")
	void anonymousCallersAreLimitedByAddress() {
		for (int i = 0; i < 2; i++) {
			client.get().uri("/api/v1/calendar/holidays").exchange().expectStatus().isOk();
		}

		client.get()
			.uri("/api/v1/calendar/holidays")
			.header("X-Forwarded-For", "203.0.113.9")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER);
	}

	@Test
	@DisplayName("Health and the API docs are not rate limited")
	void onlyTheApiIsLimited() {
		for (int i = 0; i < 5; i++) {
			client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		}
	}

}
