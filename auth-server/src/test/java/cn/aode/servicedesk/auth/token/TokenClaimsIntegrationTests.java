package cn.aode.servicedesk.auth.token;

import java.net.http.HttpResponse;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import cn.aode.servicedesk.auth.OAuthFlows;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedInfra
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
class TokenClaimsIntegrationTests {

	private static final String CALLBACK = "http://localhost:5173/callback";

	@LocalServerPort
	int port;

	OAuthFlows flows;

	@BeforeEach
	void connect() {
		flows = new OAuthFlows(port);
	}

	@Test
	@DisplayName("crm's client-credentials token is an RS256 JWT for aode-servicedesk with client_id crm, kind CLIENT and its scopes")
	void clientCredentialsTokenCarriesTheClientClaims() throws Exception {
		HttpResponse<String> response = flows.clientCredentials("crm", "crm-demo-secret", "crm.customers crm.projects");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = OAuthFlows.read(response.body());
		assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(body.get("expires_in").asLong()).isBetween(899L, 900L);
		SignedJWT jwt = OAuthFlows.parse(body.get("access_token").asString());
		assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
		assertThat(jwt.getHeader().getKeyID()).isNotBlank();
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo("http://localhost:9000");
		assertThat(claims.getAudience()).containsExactlyInAnyOrder("crm", "aode-servicedesk");
		assertThat(claims.getSubject()).isEqualTo("crm");
		assertThat(claims.getStringClaim("client_id")).isEqualTo("crm");
		assertThat(claims.getStringClaim("kind")).isEqualTo("CLIENT");
		assertThat(claims.getStringListClaim("scope")).containsExactlyInAnyOrder("crm.customers", "crm.projects");
		assertThat(claims.getClaims()).doesNotContainKeys("staff_id", "crm_id", "roles", "name");
	}

	@Test
	@DisplayName("a client cannot ask for a scope it was not given: crm asking for ops is refused")
	void clientCredentialsRefuseAnUngrantedScope() {
		HttpResponse<String> response = flows.clientCredentials("crm", "crm-demo-secret", "ops");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthFlows.read(response.body()).get("error").asString()).isEqualTo("invalid_scope");
	}

	@Test
	@DisplayName("a wrong client secret is refused with invalid_client")
	void wrongClientSecretIsRefused() {
		HttpResponse<String> response = flows.clientCredentials("crm", "not-the-secret", "crm.customers");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(OAuthFlows.read(response.body()).get("error").asString()).isEqualTo("invalid_client");
	}

	@Test
	@DisplayName("a specialist logging in to the staff console (authorization code + PKCE) gets kind STAFF, staff_id, roles and name")
	void staffLoginThroughAuthorizationCodeWithPkce() throws Exception {
		HttpResponse<String> response = flows.browser()
			.authorizationCode("staff-console", CALLBACK, "spc-01", "demo-password");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = OAuthFlows.read(response.body());
		assertThat(body.has("id_token")).as("OpenID Connect ID token").isTrue();
		assertThat(body.has("refresh_token")).as("no refresh token for a public client").isFalse();
		JWTClaimsSet claims = OAuthFlows.parse(body.get("access_token").asString()).getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo("spc-01");
		assertThat(claims.getAudience()).containsExactlyInAnyOrder("staff-console", "aode-servicedesk");
		assertThat(claims.getStringClaim("client_id")).isEqualTo("staff-console");
		assertThat(claims.getStringClaim("kind")).isEqualTo("STAFF");
		assertThat(claims.getStringClaim("staff_id")).isEqualTo("spc-01");
		assertThat(claims.getStringListClaim("roles")).containsExactly("SPECIALIST");
		assertThat(claims.getStringClaim("name")).isNotBlank();
		assertThat(claims.getStringListClaim("scope")).containsExactlyInAnyOrder("openid", "profile");
		assertThat(claims.getClaims()).doesNotContainKey("crm_id");
	}

	@Test
	@DisplayName("a customer logging in to the customer app gets kind CUSTOMER and crm_id, and no staff claims")
	void customerTokenCarriesTheCrmId() throws Exception {
		HttpResponse<String> response = flows.browser()
			.authorizationCode("customer-app", CALLBACK, "cust-7", "demo-password");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JWTClaimsSet claims = OAuthFlows.parse(OAuthFlows.read(response.body()).get("access_token").asString())
			.getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo("cust-7");
		assertThat(claims.getStringClaim("kind")).isEqualTo("CUSTOMER");
		assertThat(claims.getStringClaim("crm_id")).isEqualTo("CRM-7");
		assertThat(claims.getStringClaim("client_id")).isEqualTo("customer-app");
		assertThat(claims.getClaims()).doesNotContainKeys("staff_id", "roles");
	}

	@Test
	@DisplayName("a code exchanged with another PKCE verifier than the one it was requested with is refused")
	void codeWithTheWrongVerifierIsRefused() {
		OAuthFlows.Browser browser = flows.browser();
		OAuthFlows.Code code = browser.code("staff-console", CALLBACK, "spc-01", "demo-password");

		HttpResponse<String> response = browser.exchange("staff-console", CALLBACK, code.code(), code.verifier() + "x");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthFlows.read(response.body()).get("error").asString()).isEqualTo("invalid_grant");
	}

	@Test
	@DisplayName("the discovery document names the configured issuer, the JWK set and PKCE S256")
	void discoveryNamesTheIssuer() {
		JsonNode discovery = OAuthFlows.read(flows.get("/.well-known/openid-configuration", null).body());

		assertThat(discovery.get("issuer").asString()).isEqualTo("http://localhost:9000");
		assertThat(discovery.get("jwks_uri").asString()).isEqualTo("http://localhost:9000/oauth2/jwks");
		assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
	}

}
