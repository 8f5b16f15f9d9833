package cn.aode.servicedesk.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing, circuit-breaker fallback, body limit, merged API docs and downstream health,
 * against a stub service; API requests carry a specialist's valid token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIntegrationTests {

	private static final StubService stub = new StubService();

	/** Nothing listens here: the visit-service behind the gateway is "down". */
	private static final int DEAD_PORT = StubService.unusedPort();

	@LocalServerPort
	int port;

	private WebTestClient client;

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		stub.standIn(registry, "VISIT");
		registry.add("SERVICES_VISIT_URL", () -> "http://127.0.0.1:" + DEAD_PORT);
		registry.add("servicedesk.gateway.max-body-size", () -> "64KB");
	}

	@AfterAll
	static void stopStub() {
		stub.close();
	}

	@BeforeEach
	void client() {
		client = StubService.gatewayClient(port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.staff("spc-01").bearer())
			.build();
	}

	@Test
	void routesAnAreaToItsServiceAndTagsTheResponseWithRequestAndTraceIds() {
		client.get()
			.uri("/api/v1/complaints/42")
			.header("X-Request-Id", "support-call-7")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Request-Id", "support-call-7")
			.expectHeader()
			.value("X-Trace-Id", traceId -> assertThat(traceId).matches("[0-9a-f]{32}"))
			.expectHeader()
			.values("X-Request-Id", ids -> assertThat(ids).hasSize(1))
			.expectBody()
			.jsonPath("$.path")
			.isEqualTo("/api/v1/complaints/42");

		assertThat(stub.requestIds).contains("support-call-7");
	}

	@Test
	void makesUpARequestIdWhenTheCallerSentNone() {
		client.get()
			.uri("/api/v1/complaints/43")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("X-Request-Id", id -> assertThat(id).hasSize(36));
	}

	@Test
	void answersAProblem503WhenTheServiceIsDown() {
		client.get()
			.uri("/api/v1/visits/1")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists("X-Request-Id")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:servicedesk:problem:service-unavailable")
			.jsonPath("$.service")
			.isEqualTo("visit-service")
			.jsonPath("$.status")
			.isEqualTo(503);
	}

	@Test
	@DisplayName("A body over the limit answers 413 problem+json to a caller with a valid token and never reaches "
			+ "the service, whether its Content-Length says so or it is streamed without one")
	void oversizedBodiesAnswer413AndStayAtTheGateway() {
		byte[] large = new byte[100 * 1024];
		Arrays.fill(large, (byte) 'x');
		int before = stub.bodySizes.size();

		client.post()
			.uri("/api/v1/complaints")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(large)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:servicedesk:problem:too-large")
			.jsonPath("$.status")
			.isEqualTo(413);
		Flux<DataBuffer> streamed = Flux.range(0, 25)
			.map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[4096]));
		client.post()
			.uri("/api/v1/complaints")
			.contentType(MediaType.APPLICATION_JSON)
			.body(BodyInserters.fromDataBuffers(streamed))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE);

		assertThat(stub.bodySizes.subList(before, stub.bodySizes.size())).as("bodies the service read in full")
			.allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(64 * 1024));
	}

	@Test
	@DisplayName("A body within the limit reaches the service whole")
	void bodiesWithinTheLimitPass() {
		int before = stub.bodySizes.size();

		client.post()
			.uri("/api/v1/complaints")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"content\":\"燃气表读数异常\"}")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(stub.bodySizes.subList(before, stub.bodySizes.size()))
			.containsExactly("{\"content\":\"燃气表读数异常\"}".getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	@DisplayName("API answers carry the security headers")
	void apiAnswersCarrySecurityHeaders() {
		client.get()
			.uri("/api/v1/complaints/44")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.exists("Strict-Transport-Security");
	}

	@Test
	@DisplayName("A configured front-end origin may call the API from a browser; another origin may not")
	void corsAllowsTheConfiguredFrontEnds() {
		client.options()
			.uri("/api/v1/complaints")
			.header("Origin", "http://localhost:5173")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "Content-Type, Idempotency-Key")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "http://localhost:5173");
		client.options()
			.uri("/api/v1/complaints")
			.header("Origin", "http://evil.example")
			.header("Access-Control-Request-Method", "POST")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void unknownPathsAnswer404() {
		client.get().uri("/api/v1/unknown-area").exchange().expectStatus().isNotFound();
	}

	@Test
	void servesEveryServicesApiDocsThroughOneSwaggerUi() {
		client.get()
			.uri("/v3/api-docs/complaint-service")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.isEqualTo("3.1.0");
		client.get()
			.uri("/v3/api-docs/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.urls.length()")
			.isEqualTo(7)
			.jsonPath("$.urls[?(@.name == 'deadline-service')].url")
			.isEqualTo("/v3/api-docs/deadline-service");
		client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
	}

	@Test
	@DisplayName("Health shows every downstream service, and no Redis while the rate limits are kept in memory")
	void healthShowsEveryDownstreamService() {
		client.get()
			.uri("/actuator/health")
			.exchange()
			.expectBody()
			.jsonPath("$.components.downstream.components.complaint-service.status")
			.isEqualTo("UP")
			.jsonPath("$.components.downstream.components.visit-service.status")
			.isEqualTo("DOWN")
			.jsonPath("$.components.downstream.components.visit-service.details.url")
			.isEqualTo("http://127.0.0.1:" + DEAD_PORT)
			.jsonPath("$.components.redis")
			.doesNotExist();
	}

}
