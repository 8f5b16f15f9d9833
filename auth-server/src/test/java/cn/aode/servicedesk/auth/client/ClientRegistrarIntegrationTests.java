package cn.aode.servicedesk.auth.client;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import cn.aode.servicedesk.auth.OAuthFlows;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;

import static org.assertj.core.api.Assertions.assertThat;

/** Outside the dev profile: secrets only from the environment, no demo data. */
@EmbeddedInfra
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "servicedesk.auth.clients.ops-secret=an-ops-secret-from-the-environment")
class ClientRegistrarIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	RegisteredClientRepository clients;

	@Autowired
	ClientRegistrar registrar;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("without the dev profile a client whose secret is not set (crm) is not registered, and demo secrets do not work")
	void clientWithoutSecretIsNotRegistered() {
		assertThat(clients.findByClientId("crm")).isNull();
		assertThat(new OAuthFlows(port).clientCredentials("crm", "crm-demo-secret", "crm.customers").statusCode())
			.isEqualTo(401);
		assertThat(new OAuthFlows(port).clientCredentials("ops", "ops-demo-secret", "ops").statusCode()).isEqualTo(401);
	}

	@Test
	@DisplayName("a client whose secret the environment gives (ops) is registered with it")
	void clientWithSecretIsRegistered() {
		assertThat(new OAuthFlows(port).clientToken("ops", "an-ops-secret-from-the-environment", "ops")).isNotBlank();
	}

	@Test
	@DisplayName("the front ends are registered as public PKCE clients with the default redirect URIs, and no demo accounts or dev-cli exist")
	void frontEndsAreRegisteredWithoutDemoData() {
		var staffConsole = clients.findByClientId("staff-console");
		assertThat(staffConsole).isNotNull();
		assertThat(staffConsole.getClientSettings().isRequireProofKey()).isTrue();
		assertThat(staffConsole.getClientSettings().isRequireAuthorizationConsent()).isFalse();
		assertThat(staffConsole.getClientAuthenticationMethods()).extracting((method) -> method.getValue())
			.containsExactly("none");
		assertThat(staffConsole.getRedirectUris()).containsExactlyInAnyOrder("http://localhost:5173/callback",
				"http://127.0.0.1:5173/callback");
		assertThat(clients.findByClientId("customer-app")).isNotNull();
		assertThat(clients.findByClientId("dev-cli")).isNull();
		assertThat(new OAuthFlows(port).browser().logInSucceeds("spc-01", "demo-password")).isFalse();
	}

	@Test
	@DisplayName("an ops client registered before scope accounts existed gets it at the next start")
	void existingClientGetsNewScopes() {
		OAuthFlows flows = new OAuthFlows(port);
		jdbc.sql("UPDATE oauth2_registered_client SET scopes = 'ops' WHERE client_id = 'ops'").update();
		assertThat(flows.clientCredentials("ops", "an-ops-secret-from-the-environment", "ops accounts").statusCode())
			.isEqualTo(400);

		registrar.run(new DefaultApplicationArguments());

		assertThat(clients.findByClientId("ops").getScopes()).containsExactlyInAnyOrder("ops", "accounts");
		assertThat(flows.clientToken("ops", "an-ops-secret-from-the-environment", "ops accounts")).isNotBlank();
	}

}
