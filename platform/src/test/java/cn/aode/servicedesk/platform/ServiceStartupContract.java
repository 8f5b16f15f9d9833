package cn.aode.servicedesk.platform;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service promises from its first day: it starts on real PostgreSQL and Kafka,
 * migrates its own database with Flyway (platform tables included), serves health and
 * OpenAPI, and refuses any call without a valid token. A service's test extends this
 * class to inherit the checks, naming the tables its migrations create and the enums it
 * shows, so that none of the checks can pass by finding nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
public abstract class ServiceStartupContract {

	private static final Set<String> PLATFORM_TABLES = Set.of("flyway_schema_history", "event_publication",
			"processed_event", "case_number", "idempotent_request", "audit_entry");

	/** At least one Chinese character. */
	private static final String HAN = "(?s).*\\p{IsHan}.*";

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	/** The tables this service's own migrations create, beside the platform's. */
	protected abstract Set<String> ownTables();

	/** The enums of this service that a front end shows; each is labelled. */
	protected abstract Set<Class<? extends Label.Labelled>> shownEnums();

	@Test
	void migratesItsDatabaseWithFlyway() throws IOException {
		String service = context.getEnvironment().getRequiredProperty("spring.application.name");
		assertThat(
				jdbc.sql("select count(*) from flyway_schema_history where not success").query(Integer.class).single())
			.isZero();
		assertThat(applied("version like '0.%'")).as("platform migrations applied")
			.isEqualTo(scripts("platform"))
			.isPositive();
		assertThat(applied("version not like '0.%'")).as(service + " migrations applied").isEqualTo(scripts(service));
		List<String> tables = jdbc
			.sql("select table_name from information_schema.tables where table_schema = 'public'"
					+ " and table_type = 'BASE TABLE'")
			.query(String.class)
			.list();
		assertThat(tables).as("platform tables").containsAll(PLATFORM_TABLES);
		assertThat(tables.stream().filter(table -> !PLATFORM_TABLES.contains(table)))
			.as("the tables of " + service + "'s own migrations")
			.containsExactlyInAnyOrderElementsOf(ownTables());
	}

	/**
	 * Every enum a front end shows has its Chinese and English label in
	 * labels.properties, and the service names each such enum.
	 */
	@Test
	void labelsEveryShownEnumInChineseAndEnglish() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Label.Labelled.class));
		String basePackage = AutoConfigurationPackages.get(context.getAutowireCapableBeanFactory()).get(0);
		Set<Class<?>> found = new HashSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			found.add(type);
			for (Object constant : type.getEnumConstants()) {
				Label.Labelled labelled = (Label.Labelled) constant;
				assertThat(labelled.zh()).as(constant + " zh").isNotBlank().matches(HAN);
				assertThat(labelled.en()).as(constant + " en").isNotBlank().doesNotContainPattern(HAN);
			}
		}
		assertThat(found).as("labelled enums of " + basePackage).containsExactlyInAnyOrderElementsOf(shownEnums());
	}

	private int applied(String condition) {
		return jdbc.sql("select count(*) from flyway_schema_history where success and " + condition)
			.query(Integer.class)
			.single();
	}

	private static int scripts(String location) throws IOException {
		return new PathMatchingResourcePatternResolver()
			.getResources("classpath*:db/migration/" + location + "/V*.sql").length;
	}

	/**
	 * The service checks every token itself: none, an expired one, one signed by another
	 * key and one issued for another system all answer 401 problem+json with the RFC 6750
	 * challenge, before any controller is reached.
	 */
	@Test
	void refusesCallsWithoutAValidToken() {
		for (String authorization : List.of("", TestTokens.expiredStaff("clerk-1"), TestTokens.forgedStaff("clerk-1"),
				TestTokens.staffForAudience("clerk-1", "another-system"))) {
			assertThat(mvc.get()
				.uri("/api/v1/any-protected-path")
				.header(HttpHeaders.AUTHORIZATION, authorization)
				.exchange()).as("Authorization: " + authorization)
				.hasStatus(HttpStatus.UNAUTHORIZED)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.headers()
				.hasHeaderSatisfying(HttpHeaders.WWW_AUTHENTICATE,
						values -> assertThat(values).singleElement().asString().startsWith("Bearer"));
		}
	}

	/** Health and the API document are open; metrics are for operations (scope ops). */
	@Test
	void keepsActuatorBeyondHealthForOperations() {
		assertThat(mvc.get().uri("/actuator/health").header(HttpHeaders.AUTHORIZATION, "").exchange())
			.hasStatus(HttpStatus.OK);
		assertThat(mvc.get().uri("/v3/api-docs").header(HttpHeaders.AUTHORIZATION, "").exchange())
			.hasStatus(HttpStatus.OK);
		assertThat(mvc.get().uri("/actuator/metrics").exchange()).as("a clerk").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get()
			.uri("/actuator/metrics")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.client("ops", "ops"))
			.exchange()).hasStatus(HttpStatus.OK);
	}

	/**
	 * a state-changing call is kept with who made it and its answer, even when
	 * refused, and the trail is shown to leaders only.
	 */
	@Test
	void keepsAnAuditTrailOfChangesForLeaders() {
		String service = context.getEnvironment().getRequiredProperty("spring.application.name");
		String path = "/api/v1/audit-probe-" + UUID.randomUUID();
		mvc.post().uri(path).exchange();

		MvcTestResult trail = mvc.get()
			.uri("/api/v1/audit/" + service + "?actor=" + TestTokenIssuer.CLERK + "&size=200")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.staff("gm-01", Role.GENERAL_MANAGER))
			.exchange();

		assertThat(trail).hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$.items[?(@.path == '" + path + "')].method")
			.asArray()
			.containsExactly("POST");
		assertThat(mvc.get().uri("/api/v1/audit/" + service).exchange()).as("a clerk")
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.rule")
			.isEqualTo("X-1");
	}

	@Test
	void reportsHealthUp() {
		assertThat(mvc.get().uri("/actuator/health").exchange()).hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void servesItsOpenApiDocument() {
		assertThat(mvc.get().uri("/v3/api-docs").exchange()).hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$.openapi")
			.asString()
			.startsWith("3.1");
	}

}
