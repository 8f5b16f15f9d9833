package cn.aode.servicedesk.auth.client;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;

/**
 * Registers the service desk's clients at every start, so a changed redirect URI, secret
 * or scope takes effect on restart: {@link RegisteredClientRepository#save} updates a
 * client already in the database in place (the registration id is the client id). A
 * partner system whose secret is not configured is left out (with a warning) rather than
 * registered with a guessable default.
 */
@Component
@Order(0)
public class ClientRegistrar implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ClientRegistrar.class);

	private final RegisteredClientRepository repository;

	private final ServiceDeskClients clients;

	private final ClientProperties properties;

	public ClientRegistrar(RegisteredClientRepository repository, ServiceDeskClients clients,
			ClientProperties properties) {
		this.repository = repository;
		this.clients = clients;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		repository.save(clients.frontEnd(ServiceDeskClients.STAFF_CONSOLE, "Staff console", properties.redirectUris()));
		repository.save(clients.frontEnd(ServiceDeskClients.CUSTOMER_APP, "Customer app", properties.redirectUris()));
		registerMachine(ServiceDeskClients.CRM, "CRM", properties.crmSecret(), "AUTH_CRM_CLIENT_SECRET",
				"crm.customers", "crm.projects");
		registerMachine(ServiceDeskClients.OPS, "Operations", properties.opsSecret(), "AUTH_OPS_CLIENT_SECRET",
				ServiceDeskClients.OPS_SCOPE, ServiceDeskClients.ACCOUNTS_SCOPE);
	}

	private void registerMachine(String clientId, String name, String secret, String variable, String... scopes) {
		if (secret.isBlank()) {
			log.warn("Client {} is not registered: no secret (set {})", clientId, variable);
			return;
		}
		RegisteredClient client = clients.machine(clientId, name, secret, scopes);
		repository.save(client);
	}

}
