package cn.aode.servicedesk.gateway;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing, circuit-breaker fallback, merged API docs and downstream health, against a
 * stub service.
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
		for (String service : new String[] { "SPECIALIST", "APPOINTMENT", "NOTICE", "DEADLINE", "COMPLAINT",
				"ASSIST" }) {
			registry.add("SERVICES_" + service + "_URL", stub::url);
		}
		registry.add("SERVICES_VISIT_URL", () -> "http://127.0.0.1:" + DEAD_PORT);
	}

	@AfterAll
	static void stopStub() {
		stub.close();
	}

	@BeforeEach
	void client() {
		client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(20))
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
			.isEqualTo("http://127.0.0.1:" + DEAD_PORT);
	}

}
