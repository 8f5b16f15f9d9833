package cn.aode.servicedesk.systemtests;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.aode.servicedesk.systemtests.DocumentedRoutes.Route;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches which route, for every route the services document: the list comes from
 * each service's OpenAPI document at the gateway, not from a hand-kept list, so a new
 * endpoint is checked the day it appears. Each check is made through the gateway, which
 * checks tokens, and then by the service behind it, which checks them again.
 */
class SecuritySuiteIT {

	/**
	 * Open to anyone: calendar look-ups, the matter catalogue and the public bulletin
	 * (NTC-6) — the gateway's and the services' public paths.
	 */
	private static final Pattern PUBLIC = Pattern.compile("GET /api/v1/(calendar|matters|bulletin)(/.*)?");

	/**
	 * What a customer's token may call (the services' customer paths); they see only
	 * their own.
	 */
	private static final Pattern CUSTOMER = Pattern
		.compile("GET /api/v1/(appointments|complaints|visits)(/\\{id\\})?|POST /api/v1/complaints"
				+ "|POST /api/v1/appointments/\\{id\\}/(reschedule|cancellation)");

	private static List<Route> routes;

	private static boolean isPublic(Route route) {
		return PUBLIC.matcher(route.key()).matches();
	}

	@BeforeAll
	static void documentedRoutes() {
		routes = DocumentedRoutes.atTheGateway();
		assertThat(routes).as("documented routes").hasSizeGreaterThan(40);
		System.out.printf("Security suite: %d documented routes of %d services, %d public%n", routes.size(),
				routes.stream().map(Route::service).distinct().count(),
				routes.stream().filter(SecuritySuiteIT::isPublic).count());
	}

	@Test
	@DisplayName("Every protected route answers 401 problem+json with the Bearer challenge without a token, with a "
			+ "malformed one and with one signed by a key the auth-server never published")
	void everyProtectedRouteNeedsAValidToken() {
		String forged = forgedStaffToken();
		List<String> failures = new ArrayList<>();
		for (Route route : routes.stream().filter(route -> !isPublic(route)).toList()) {
			for (String authorization : new String[] { null, "Bearer not-a-token", "Bearer " + forged }) {
				ResponseEntity<String> answer = call(route, authorization);
				boolean challenged = answer.getStatusCode().value() == 401
						&& MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(answer.getHeaders().getContentType())
						&& String.valueOf(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
							.startsWith("Bearer");
				if (!challenged) {
					failures.add(route.key() + " with "
							+ (authorization == null ? "no token"
									: authorization.substring(0, Math.min(20, authorization.length())))
							+ " → " + answer.getStatusCode());
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("NTC-6, DL-1: the public routes answer without any token")
	void publicRoutesNeedNoToken() {
		List<Route> open = routes.stream().filter(SecuritySuiteIT::isPublic).toList();
		assertThat(open).isNotEmpty();
		for (Route route : open) {
			assertThat(call(route, null).getStatusCode().value()).as(route.key()).isNotIn(401, 403);
		}
	}

	@Test
	@DisplayName("A customer's token reaches only the customer routes; every other documented route answers 403")
	void aCustomerReachesOnlyTheCustomerRoutes() {
		String customer = "Bearer " + Callers.customerToken("CRM-SUITE-1");
		List<String> failures = new ArrayList<>();
		for (Route route : routes.stream().filter(route -> !isPublic(route)).toList()) {
			int status = call(route, customer).getStatusCode().value();
			boolean allowed = CUSTOMER.matcher(route.key()).matches();
			if (allowed ? (status == 401 || status == 403) : status != 403) {
				failures.add(route.key() + " → " + status);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	@DisplayName("X-1: every service's audit trail is for leaders; a clerk's token answers 403 naming the rule")
	void auditTrailsAreForLeaders() {
		List<Route> trails = routes.stream().filter(route -> route.template().startsWith("/api/v1/audit/")).toList();
		assertThat(trails).hasSize(7);
		String clerk = "Bearer " + Callers.staffToken("suite-clerk", "SERVICE_CENTER_CLERK");
		String manager = "Bearer " + Callers.staffToken("suite-gm", "GENERAL_MANAGER");
		for (Route trail : trails) {
			ResponseEntity<String> refused = call(trail, clerk);
			assertThat(refused.getStatusCode().value()).as(trail.key()).isEqualTo(403);
			assertThat(JsonPath.<String>read(refused.getBody(), "$.rule")).isEqualTo("X-1");
			assertThat(call(trail, manager).getStatusCode().value()).as(trail.key()).isEqualTo(200);
		}
	}

	@Test
	@DisplayName("A body over the gateway's limit answers 413 problem+json even with a valid token")
	void anOversizedBodyIsRefusedAtTheGateway() {
		String huge = "{\"content\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
		ResponseEntity<String> answer = Callers.staff("suite-clerk", "SERVICE_CENTER_CLERK")
			.post("/api/v1/complaints", huge);

		assertThat(answer.getStatusCode().value()).isEqualTo(413);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	@DisplayName("A user's burst beyond the gateway's limit answers 429 problem+json with Retry-After; another "
			+ "user is still served")
	void aBurstBeyondTheRateLimitIsSlowedDown() throws InterruptedException {
		String hasty = "Bearer " + Callers.staffToken("suite-hasty", "SERVICE_CENTER_CLERK");
		// cheap calls (an unknown complaint, 404) outrun the refill on a slow machine
		// too; the burst goes on until the limit answers, at most 4,000 calls
		Route one = new Route("complaint-service", HttpMethod.GET, "/api/v1/complaints/{id}",
				"/api/v1/complaints/" + UUID.randomUUID(), Map.of(), "");
		List<ResponseEntity<String>> limited = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger budget = new AtomicInteger(4000);
		ExecutorService burst = Executors.newFixedThreadPool(8);
		try {
			for (int i = 0; i < 8; i++) {
				burst.submit(() -> {
					while (limited.size() < 20 && budget.getAndDecrement() > 0) {
						ResponseEntity<String> answer = call(one, hasty);
						if (answer.getStatusCode().value() == 429) {
							limited.add(answer);
						}
					}
				});
			}
		}
		finally {
			burst.shutdown();
			burst.awaitTermination(120, TimeUnit.SECONDS);
		}

		assertThat(limited).isNotEmpty().allSatisfy(answer -> {
			assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
		});
		// served by complaint-service: the unknown complaint's 404, not the gateway's 429
		assertThat(call(one, "Bearer " + Callers.staffToken("suite-patient", "SERVICE_CENTER_CLERK")).getStatusCode()
			.value()).isEqualTo(404);
	}

	private static ResponseEntity<String> call(Route route, String authorization) {
		return Callers.anonymous().client().method(route.method()).uri(route.uri()).headers(headers -> {
			if (authorization != null) {
				headers.set(HttpHeaders.AUTHORIZATION, authorization);
			}
		})
			.contentType(MediaType.APPLICATION_JSON)
			.body(route.method() == HttpMethod.GET || route.method() == HttpMethod.DELETE ? "" : "{}")
			.retrieve()
			.toEntity(String.class);
	}

	/**
	 * The template with each path variable replaced by a value of its documented type.
	 */
	/** A well-formed staff token for this system, signed by a key nobody published. */
	private static String forgedStaffToken() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var keys = generator.generateKeyPair();
			JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("gm-01")
				.issuer(SystemUnderTest.get().authServerUrl().toString())
				.audience(List.of("staff-console", "aode-servicedesk"))
				.claim("kind", "STAFF")
				.claim("staff_id", "gm-01")
				.claim("roles", List.of("GENERAL_MANAGER"))
				.expirationTime(Date.from(Instant.now().plusSeconds(600)))
				.issueTime(new Date())
				.build();
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("forged").build(), claims);
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
			return jwt.serialize();
		}
		catch (NoSuchAlgorithmException | JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
