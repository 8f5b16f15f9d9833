package cn.aode.servicedesk.auth.key;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import cn.aode.servicedesk.auth.MutableClock;
import cn.aode.servicedesk.auth.OAuthFlows;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedInfra
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "servicedesk.auth.signing-keys.retired-grace=1h")
@ActiveProfiles("dev")
class SigningKeyRotationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	OAuthFlows flows;

	@BeforeEach
	void connect() {
		flows = new OAuthFlows(port);
	}

	@Test
	@DisplayName("after a rotation the JWK set holds both kids, new tokens carry the new kid, and a token signed before still verifies")
	void rotationKeepsEarlierTokensValid() {
		String before = opsToken();
		String oldKid = kid(before);

		HttpResponse<String> rotation = flows.post("/api/v1/signing-keys/rotation", before);

		assertThat(rotation.statusCode()).as(rotation.body()).isEqualTo(200);
		String newKid = OAuthFlows.read(rotation.body()).get("signingKid").asString();
		assertThat(newKid).isNotEqualTo(oldKid);
		assertThat(OAuthFlows.read(rotation.body()).get("retiredKids").toString()).contains(oldKid);
		assertThat(publishedKids()).contains(oldKid, newKid);
		String after = opsToken();
		assertThat(kid(after)).isEqualTo(newKid);
		// verified the way a service does: against the published set, from outside
		NimbusJwtDecoder published = NimbusJwtDecoder.withJwkSetUri("http://localhost:" + port + "/oauth2/jwks")
			.build();
		Jwt earlier = published.decode(before);
		assertThat(earlier.getHeaders()).containsEntry("kid", oldKid);
		assertThat(published.decode(after).getHeaders()).containsEntry("kid", newKid);
		// and by the auth server's own resource server
		assertThat(flows.get("/api/v1/signing-keys", before).statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("a retired key leaves the JWK set when its grace period is over, and the next rotation drops it")
	void retiredKeyIsDroppedAfterTheGracePeriod() {
		String token = opsToken();
		String first = OAuthFlows.read(flows.post("/api/v1/signing-keys/rotation", token).body())
			.get("signingKid")
			.asString();
		String second = OAuthFlows.read(flows.post("/api/v1/signing-keys/rotation", opsToken()).body())
			.get("signingKid")
			.asString();
		assertThat(publishedKids()).contains(first, second);

		clock.advance(Duration.ofMinutes(61));

		assertThat(publishedKids()).contains(second).doesNotContain(first);
		JsonNode third = OAuthFlows.read(flows.post("/api/v1/signing-keys/rotation", opsToken()).body());
		assertThat(third.get("droppedKids").toString()).contains(first);
		assertThat(third.get("retiredKids").toString()).contains(second);
		assertThat(listedKids()).doesNotContain(first).contains(second, third.get("signingKid").asString());
	}

	@Test
	@DisplayName("the key list shows kids and states, never key material")
	void listShowsNoKeyMaterial() {
		HttpResponse<String> response = flows.get("/api/v1/signing-keys", opsToken());

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode keys = OAuthFlows.read(response.body());
		assertThat(keys.size()).isPositive();
		for (JsonNode key : keys) {
			assertThat(key.propertyNames())
				.isSubsetOf(List.of("kid", "state", "createdAt", "retiredAt", "publishedUntil"));
		}
		assertThat(keys.get(0).get("state").asString()).isEqualTo("ACTIVE");
	}

	@Test
	@DisplayName("rotation without a token answers 401 problem+json, whose challenge points to served resource metadata")
	void rotationWithoutTokenIsUnauthorized() {
		HttpResponse<String> response = flows.post("/api/v1/signing-keys/rotation", null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertProblem(response, 401);
		String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
		assertThat(challenge).startsWith("Bearer");
		String metadata = challenge.replaceAll(".*resource_metadata=\"http://localhost:\\d+([^\"]+)\".*", "$1");
		HttpResponse<String> resource = flows.get(metadata, null);
		assertThat(resource.statusCode()).as("the metadata the challenge points to").isEqualTo(200);
		assertThat(OAuthFlows.read(resource.body()).has("resource")).isTrue();
	}

	@Test
	@DisplayName("rotation with a token lacking scope ops (crm's) answers 403 problem+json and rotates nothing")
	void rotationWithoutOpsScopeIsForbidden() {
		List<String> kids = publishedKids();

		HttpResponse<String> response = flows.post("/api/v1/signing-keys/rotation",
				flows.clientToken("crm", "crm-demo-secret", "crm.customers"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertProblem(response, 403);
		assertThat(publishedKids()).isEqualTo(kids);
	}

	@Test
	@DisplayName("a forged token (right kid, wrong key) is refused with 401")
	void tokenFromAnotherServerIsRefused() {
		String token = opsToken();
		String[] parts = token.split("\\.");
		String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

		assertThat(flows.get("/api/v1/signing-keys", forged).statusCode()).isEqualTo(401);
	}

	@Test
	@DisplayName("actuator health is open; other actuator endpoints need scope ops")
	void actuatorNeedsOpsExceptHealth() {
		assertThat(flows.get("/actuator/health", null).statusCode()).isEqualTo(200);
		assertThat(flows.get("/actuator/metrics", null).statusCode()).isEqualTo(401);
		assertThat(flows.get("/actuator/metrics", flows.clientToken("crm", "crm-demo-secret", "crm.projects"))
			.statusCode()).isEqualTo(403);
		assertThat(flows.get("/actuator/metrics", opsToken()).statusCode()).isEqualTo(200);
	}

	private void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = OAuthFlows.read(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/signing-keys/rotation");
	}

	private String opsToken() {
		return flows.clientToken("ops", "ops-demo-secret", "ops");
	}

	private static String kid(String jwt) {
		return OAuthFlows.parse(jwt).getHeader().getKeyID();
	}

	private List<String> publishedKids() {
		JsonNode keys = OAuthFlows.read(flows.get("/oauth2/jwks", null).body()).get("keys");
		return keys.valueStream().map((key) -> key.get("kid").asString()).toList();
	}

	private List<String> listedKids() {
		return OAuthFlows.read(flows.get("/api/v1/signing-keys", opsToken()).body())
			.valueStream()
			.map((key) -> key.get("kid").asString())
			.toList();
	}

	@TestConfiguration
	static class TestClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now());
		}

	}

}
