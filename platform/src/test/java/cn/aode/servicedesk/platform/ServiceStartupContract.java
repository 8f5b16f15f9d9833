package cn.aode.servicedesk.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service promises from its first day: it starts on real PostgreSQL and Kafka,
 * migrates its own database with Flyway (platform tables included) and serves health and
 * OpenAPI. A service's test extends this class to inherit the checks.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedInfra
public abstract class ServiceStartupContract {

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Test
	void migratesItsDatabaseWithFlyway() {
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
			.isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select to_regclass('event_publication') is not null").query(Boolean.class).single())
			.isTrue();
		assertThat(jdbc.sql("select to_regclass('processed_event') is not null").query(Boolean.class).single())
			.isTrue();
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
