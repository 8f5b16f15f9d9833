package cn.aode.servicedesk.gateway;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens at the edge: the gateway checks them with its real decoder and validators
 * against the key set the stub publishes, relays them unchanged, and answers refusals as
 * problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewaySecurityIntegrationTests {

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
	@DisplayName("No token: 401 problem+json with the RFC 6750 Bearer challenge, and the service never sees it")
	void noTokenAnswers401WithBearerChallenge() {
		int before = stub.authorizations.size();

		client.get()
			.uri("/api/v1/complaints/1")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:servicedesk:problem:unauthenticated")
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.detail")
			.isEqualTo("This needs a bearer token from the auth-server.");

		assertThat(stub.authorizations).hasSize(before);
	}

	static Stream<Named<TestTokens.Token>> rejectedTokens() {
		TestTokens.Token valid = TestTokens.staff("spc-01");
		return Stream.of(Named.of("expired", valid.expired()), Named.of("signed with another key", valid.forged()),
				Named.of("from another issuer", valid.issuer("http://elsewhere.example")),
				Named.of("for another audience", valid.audience("staff-console")));
	}

	@ParameterizedTest(name = "a token {0} answers 401 invalid_token")
	@MethodSource("rejectedTokens")
	void rejectedTokensAnswer401(TestTokens.Token token) {
		int before = stub.authorizations.size();

		client.get()
			.uri("/api/v1/complaints/1")
			.header(HttpHeaders.AUTHORIZATION, token.bearer())
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE,
					challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""))
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:servicedesk:problem:unauthenticated");

		assertThat(stub.authorizations).hasSize(before);
	}

	@Test
	@DisplayName("A valid token is routed, and the service receives the same Authorization header")
	void validTokenIsRoutedAndRelayedUnchanged() {
		String bearer = TestTokens.staff("spc-02").bearer();

		client.get()
			.uri("/api/v1/complaints/7")
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.path")
			.isEqualTo("/api/v1/complaints/7");

		assertThat(stub.authorizations).last().isEqualTo(bearer);
	}

	@Test
	@DisplayName("Calendar look-ups and the public bulletin are routed without a token; writing to them is not")
	void publicLookUpsNeedNoToken() {
		client.get()
			.uri("/api/v1/calendar/working-days?from=2026-12-01&days=5")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.path")
			.isEqualTo("/api/v1/calendar/working-days");
		assertThat(stub.authorizations).last().isEqualTo("none");
		client.get().uri("/api/v1/bulletin/2026").exchange().expectStatus().isOk();
		client.get().uri("/api/v1/matters/12").exchange().expectStatus().isOk();

		client.post()
			.uri("/api/v1/calendar/amendments")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	@DisplayName("Metrics: 401 without a token, 403 problem+json for a staff token, 200 for a client with scope ops")
	void otherActuatorEndpointsNeedScopeOps() {
		client.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();

		client.get()
			.uri("/actuator/metrics")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("spc-01").bearer())
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE,
					challenge -> assertThat(challenge).startsWith("Bearer error=\"insufficient_scope\""))
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:servicedesk:problem:forbidden")
			.jsonPath("$.status")
			.isEqualTo(403);

		client.get()
			.uri("/actuator/metrics")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.client("ops", "ops").bearer())
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	@DisplayName("Health, info and the API docs are open")
	void healthInfoAndApiDocsAreOpen() {
		client.get().uri("/actuator/health").exchange().expectStatus().isOk();
		client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		client.get().uri("/actuator/info").exchange().expectStatus().isOk();
		client.get().uri("/v3/api-docs/complaint-service").exchange().expectStatus().isOk();
		client.get().uri("/v3/api-docs/swagger-config").exchange().expectStatus().isOk();
	}

	@Test
	@DisplayName("A front end's cross-origin request refused with 401 carries the CORS headers, so it can read "
			+ "the refusal")
	void refusalsCarryCorsHeadersForTheFrontEnds() {
		client.get()
			.uri("/api/v1/complaints/1")
			.header("Origin", "http://localhost:5173")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "http://localhost:5173");
	}

	@Test
	@DisplayName("An unknown API path answers 404 problem+json to a caller with a valid token")
	void unknownPathsAnswer404Problems() {
		client.get()
			.uri("/api/v1/unknown-area")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("spc-01").bearer())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:servicedesk:problem:not-found")
			.jsonPath("$.detail")
			.isEqualTo("No service of the service desk answers /api/v1/unknown-area.");
	}

}
