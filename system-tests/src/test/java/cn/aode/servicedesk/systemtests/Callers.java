package cn.aode.servicedesk.systemtests;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import cn.aode.servicedesk.devstack.DevTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people and systems of a flow, each calling through the gateway with a real token
 * from the running auth-server: a staff member or customer gets an account through the
 * auth-server's provisioning API (as operations would create it), then logs in through
 * the staff console's authorization code flow with PKCE; the CRM uses its client
 * credentials. Tokens live 15 minutes, longer than the whole suite.
 */
final class Callers {

	private static final String PASSWORD = "system-test-password";

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private Callers() {
	}

	/** A staff member with an account for {@code staffId} holding the roles. */
	static Gateway staff(String staffId, String... roles) {
		return new Gateway(staffToken(staffId, roles));
	}

	/** The access token of a staff member with an account for {@code staffId}. */
	static String staffToken(String staffId, String... roles) {
		return TOKENS.computeIfAbsent(staffId + Arrays.toString(roles), key -> {
			provision(staffId, """
					{"kind":"STAFF","staffId":"%s","displayName":"%s","roles":[%s],"password":"%s"}"""
				.formatted(staffId, staffId, quoted(roles), PASSWORD));
			return tokens().user(staffId, PASSWORD);
		});
	}

	/** The customer who is the CRM's customer {@code crmId}. */
	static Gateway customer(String crmId) {
		return new Gateway(customerToken(crmId));
	}

	/** The access token of the customer who is the CRM's customer {@code crmId}. */
	static String customerToken(String crmId) {
		String username = "cust-" + crmId.toLowerCase();
		return TOKENS.computeIfAbsent(username, key -> {
			provision(username, """
					{"kind":"CUSTOMER","crmId":"%s","displayName":"%s","password":"%s"}""".formatted(crmId, crmId,
					PASSWORD));
			return tokens().user(username, PASSWORD);
		});
	}

	/**
	 * The company CRM, keeping the customers (client credentials, scope crm.customers).
	 */
	static Gateway crm() {
		return new Gateway(TOKENS.computeIfAbsent("client:crm",
				key -> tokens().client("crm", "crm-demo-secret", "crm.customers crm.projects")));
	}

	/** Operations (client credentials, scope ops). */
	static Gateway operations() {
		return new Gateway(TOKENS.computeIfAbsent("client:ops", key -> operationsToken()));
	}

	/** Someone without any token. */
	static Gateway anonymous() {
		return new Gateway(null);
	}

	private static void provision(String username, String account) {
		ResponseEntity<String> answer = RestClient.create(SystemUnderTest.get().authServerUrl().toString())
			.put()
			.uri("/api/v1/accounts/{username}", username)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + operationsToken())
			.contentType(MediaType.APPLICATION_JSON)
			.body(account)
			.retrieve()
			.onStatus(status -> true, (request, response) -> {
			})
			.toEntity(String.class);
		assertThat(answer.getStatusCode().is2xxSuccessful()).as("account " + username + ": " + answer.getBody())
			.isTrue();
	}

	private static String operationsToken() {
		return tokens().client("ops", "ops-demo-secret", "ops accounts");
	}

	private static DevTokens tokens() {
		return new DevTokens(SystemUnderTest.get().authServerUrl());
	}

	private static String quoted(String... values) {
		return String.join(",", Arrays.stream(values).map(value -> "\"" + value + "\"").toList());
	}

}
