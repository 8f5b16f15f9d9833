package cn.aode.servicedesk.auth.account.web;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import cn.aode.servicedesk.auth.OAuthFlows;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedInfra
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
class AccountApiIntegrationTests {

	private static final String CALLBACK = "http://localhost:5173/callback";

	private static final String PASSWORD = "a-long-enough-password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	OAuthFlows flows;

	@BeforeEach
	void connect() {
		flows = new OAuthFlows(port);
	}

	@Test
	@DisplayName("an account created with an ops token (scope accounts) logs in with code + PKCE; its token carries the staff id and roles")
	void createdStaffLogsIn() throws Exception {
		HttpResponse<String> response = put("spc-new", """
				{"kind": "STAFF", "staffId": "spc-31", "displayName": "新专员",
				 "roles": ["SPECIALIST", "HELPER"], "password": "%s"}""".formatted(PASSWORD));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(response.headers().firstValue("Location")).hasValue(url("/api/v1/accounts/spc-new"));
		JsonNode body = OAuthFlows.read(response.body());
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("username", "kind", "staffId", "displayName",
				"roles", "enabled");
		assertThat(body.get("username").asString()).isEqualTo("spc-new");
		assertThat(body.get("kind").asString()).isEqualTo("STAFF");
		assertThat(body.get("staffId").asString()).isEqualTo("spc-31");
		assertThat(body.get("displayName").asString()).isEqualTo("新专员");
		assertThat(body.get("roles").toString()).isEqualTo("[\"HELPER\",\"SPECIALIST\"]");
		assertThat(body.get("enabled").asBoolean()).isTrue();
		assertNoSecrets(response);

		JWTClaimsSet claims = staffToken("spc-new", PASSWORD);
		assertThat(claims.getSubject()).isEqualTo("spc-new");
		assertThat(claims.getStringClaim("kind")).isEqualTo("STAFF");
		assertThat(claims.getStringClaim("staff_id")).isEqualTo("spc-31");
		assertThat(claims.getStringListClaim("roles")).containsExactly("HELPER", "SPECIALIST");
		assertThat(claims.getStringClaim("name")).isEqualTo("新专员");
	}

	@Test
	@DisplayName("an update without a password changes the roles (the next token shows them) and keeps the old password")
	void updateKeepsThePassword() throws Exception {
		assertThat(put("head-new", staff("dh-7", "[\"DEPARTMENT_HEAD\"]", PASSWORD)).statusCode()).isEqualTo(201);

		HttpResponse<String> update = put("head-new", """
				{"kind": "STAFF", "staffId": "dh-7", "displayName": "Head Seven",
				 "roles": ["DEPARTMENT_HEAD", "SUPERVISOR"]}""");

		assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
		assertThat(update.headers().firstValue("Location")).isEmpty();
		assertThat(OAuthFlows.read(update.body()).get("roles").toString())
			.isEqualTo("[\"DEPARTMENT_HEAD\",\"SUPERVISOR\"]");
		assertNoSecrets(update);
		assertThat(staffToken("head-new", PASSWORD).getStringListClaim("roles")).containsExactly("DEPARTMENT_HEAD",
				"SUPERVISOR");
		assertThat(get("head-new").body()).isEqualTo(update.body());
	}

	@Test
	@DisplayName("an update with a new password replaces the old one")
	void updateChangesThePassword() {
		put("clerk-new", staff("clerk-7", "[\"SERVICE_CENTER_CLERK\"]", PASSWORD));

		assertThat(
				put("clerk-new", staff("clerk-7", "[\"SERVICE_CENTER_CLERK\"]", "another-long-password")).statusCode())
			.isEqualTo(200);

		assertThat(flows.browser().logInSucceeds("clerk-new", PASSWORD)).isFalse();
		assertThat(flows.browser().logInSucceeds("clerk-new", "another-long-password")).isTrue();
	}

	@Test
	@DisplayName("a customer account gets crm_id in its token, and no staff claims")
	void customerAccountCarriesTheCrmId() throws Exception {
		HttpResponse<String> response = put("cust-42", """
				{"kind": "CUSTOMER", "crmId": "CRM-42", "displayName": "客户四十二", "password": "%s"}"""
			.formatted(PASSWORD));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode body = OAuthFlows.read(response.body());
		assertThat(body.get("crmId").asString()).isEqualTo("CRM-42");
		assertThat(body.get("roles").size()).isZero();
		assertThat(body.has("staffId")).isFalse();
		HttpResponse<String> token = flows.browser().authorizationCode("customer-app", CALLBACK, "cust-42", PASSWORD);
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		JWTClaimsSet claims = OAuthFlows.parse(OAuthFlows.read(token.body()).get("access_token").asString())
			.getJWTClaimsSet();
		assertThat(claims.getStringClaim("kind")).isEqualTo("CUSTOMER");
		assertThat(claims.getStringClaim("crm_id")).isEqualTo("CRM-42");
		assertThat(claims.getClaims()).doesNotContainKeys("staff_id", "roles");
	}

	@Test
	@DisplayName("a disabled account cannot log in, and enabling it again lets it")
	void disabledAccountCannotLogIn() {
		put("sup-new", """
				{"kind": "STAFF", "staffId": "sup-7", "displayName": "Sup", "roles": ["SUPERVISOR"],
				 "password": "%s", "enabled": false}""".formatted(PASSWORD));

		assertThat(OAuthFlows.read(get("sup-new").body()).get("enabled").asBoolean()).isFalse();
		assertThat(flows.browser().logInSucceeds("sup-new", PASSWORD)).isFalse();
		put("sup-new", staff("sup-7", "[\"SUPERVISOR\"]", null));
		assertThat(flows.browser().logInSucceeds("sup-new", PASSWORD)).isTrue();
	}

	@Test
	@DisplayName("an update lifts a lockout only when it says unlock: true")
	void unlockLiftsTheLockout() {
		put("helper-new", staff("helper-7", "[\"HELPER\"]", PASSWORD));
		Instant lockedUntil = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		jdbc.sql("UPDATE account SET locked_until = ? WHERE username = 'helper-new'")
			.param(Timestamp.from(lockedUntil))
			.update();

		HttpResponse<String> stillLocked = put("helper-new", staff("helper-7", "[\"HELPER\"]", "a-new-long-password"));
		assertThat(Instant.parse(OAuthFlows.read(stillLocked.body()).get("lockedUntil").asString()))
			.isEqualTo(lockedUntil);
		assertThat(flows.browser().logInSucceeds("helper-new", "a-new-long-password")).isFalse();

		HttpResponse<String> unlocked = put("helper-new", """
				{"kind": "STAFF", "staffId": "helper-7", "displayName": "Helper", "roles": ["HELPER"],
				 "unlock": true}""");
		assertThat(unlocked.statusCode()).isEqualTo(200);
		assertThat(OAuthFlows.read(unlocked.body()).has("lockedUntil")).isFalse();
		assertThat(flows.browser().logInSucceeds("helper-new", "a-new-long-password")).isTrue();
	}

	@Test
	@DisplayName("missing staffId for STAFF, crmId for CUSTOMER, a short or missing password, a bad username: 400 naming the field")
	void invalidRequestsNameTheField() {
		assertInvalid(put("staff-x", """
				{"kind": "STAFF", "displayName": "X", "roles": ["SPECIALIST"], "password": "%s"}"""
			.formatted(PASSWORD)), "staffId");
		assertInvalid(put("cust-x", """
				{"kind": "CUSTOMER", "displayName": "X", "password": "%s"}""".formatted(PASSWORD)), "crmId");
		assertInvalid(put("staff-x", staff("spc-77", "[\"SPECIALIST\"]", "short-pw")), "password");
		assertInvalid(put("staff-x", staff("spc-77", "[\"SPECIALIST\"]", null)), "password");
		assertInvalid(put("cust-x", """
				{"kind": "CUSTOMER", "crmId": "CRM-9", "staffId": "spc-9", "roles": ["SPECIALIST"],
				 "displayName": "X", "password": "%s"}""".formatted(PASSWORD)), "staffId", "roles");
		assertInvalid(put("Staff_X", staff("spc-77", "[\"SPECIALIST\"]", PASSWORD)), "username");
		assertInvalid(get("-x"), "username");
		assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username IN ('staff-x', 'cust-x')")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	@DisplayName("a role outside the allowed set is refused with 400 naming roles and the allowed values")
	void unknownRoleIsRefused() {
		HttpResponse<String> response = put("staff-y", staff("spc-78", "[\"SPECIALIST\", \"ADMIN\"]", PASSWORD));

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode error = OAuthFlows.read(response.body()).get("errors").get(0);
		assertThat(error.get("field").asString()).startsWith("roles");
		assertThat(error.get("message").asString()).contains("SPECIALIST", "CUSTODIAN");
	}

	@Test
	@DisplayName("another account's staff id, or a change of kind, is refused with 409")
	void conflictsAreRefused() {
		HttpResponse<String> taken = put("spc-dup", staff("spc-01", "[\"SPECIALIST\"]", PASSWORD));
		assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);
		assertThat(OAuthFlows.read(taken.body()).get("errors").get(0).get("field").asString()).isEqualTo("staffId");

		HttpResponse<String> kindChange = put("cust-7", staff("spc-79", "[\"SPECIALIST\"]", null));
		assertThat(kindChange.statusCode()).as(kindChange.body()).isEqualTo(409);
		assertThat(OAuthFlows.read(kindChange.body()).get("errors").get(0).get("field").asString()).isEqualTo("kind");
	}

	@Test
	@DisplayName("GET answers a seeded account without secrets, and 404 problem+json for an unknown one")
	void getAnswersTheAccountOr404() {
		HttpResponse<String> seeded = get("spc-01");
		assertThat(seeded.statusCode()).isEqualTo(200);
		assertThat(OAuthFlows.read(seeded.body()).get("staffId").asString()).isEqualTo("spc-01");
		assertNoSecrets(seeded);

		HttpResponse<String> unknown = get("nobody-here");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(OAuthFlows.read(unknown.body()).get("status").asInt()).isEqualTo(404);
	}

	@Test
	@DisplayName("without a token 401, with a crm token or an ops token lacking scope accounts 403, all problem+json")
	void theApiNeedsScopeAccounts() {
		String body = staff("spc-80", "[\"SPECIALIST\"]", PASSWORD);
		assertRefused(flows.put("/api/v1/accounts/spc-80", null, body), 401);
		assertRefused(flows.get("/api/v1/accounts/spc-01", null), 401);
		String crm = flows.clientToken("crm", "crm-demo-secret", "crm.customers crm.projects");
		assertRefused(flows.put("/api/v1/accounts/spc-80", crm, body), 403);
		assertRefused(flows.get("/api/v1/accounts/spc-01", crm), 403);
		String opsOnly = flows.clientToken("ops", "ops-demo-secret", "ops");
		assertRefused(flows.put("/api/v1/accounts/spc-80", opsOnly, body), 403);
		assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username = 'spc-80'").query(Integer.class).single())
			.isZero();
	}

	private HttpResponse<String> put(String username, String body) {
		return flows.put("/api/v1/accounts/" + username, accountsToken(), body);
	}

	private HttpResponse<String> get(String username) {
		return flows.get("/api/v1/accounts/" + username, accountsToken());
	}

	private String accountsToken() {
		return flows.clientToken("ops", "ops-demo-secret", "ops accounts");
	}

	private JWTClaimsSet staffToken(String username, String password) throws Exception {
		HttpResponse<String> token = flows.browser().authorizationCode("staff-console", CALLBACK, username, password);
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		return OAuthFlows.parse(OAuthFlows.read(token.body()).get("access_token").asString()).getJWTClaimsSet();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static String staff(String staffId, String roles, String password) {
		String passwordField = (password != null) ? ", \"password\": \"" + password + "\"" : "";
		return """
				{"kind": "STAFF", "staffId": "%s", "displayName": "Staff %s", "roles": %s%s}""".formatted(staffId,
				staffId, roles, passwordField);
	}

	/** Neither the password nor its hash, nor a member named after them. */
	private static void assertNoSecrets(HttpResponse<String> response) {
		assertThat(response.body()).doesNotContain(PASSWORD, "{bcrypt}", "$2a$", "password", "Password", "hash");
	}

	private static void assertInvalid(HttpResponse<String> response, String... fields) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode errors = OAuthFlows.read(response.body()).get("errors");
		assertThat(errors.valueStream().map((error) -> error.get("field").asString()).toList())
			.containsExactlyInAnyOrder(fields);
		assertThat(response.body()).doesNotContain(PASSWORD, "short-pw");
	}

	private static void assertRefused(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(OAuthFlows.read(response.body()).get("status").asInt()).isEqualTo(status);
	}

}
