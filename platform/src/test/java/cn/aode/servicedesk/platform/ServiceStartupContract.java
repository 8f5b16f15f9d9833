package cn.aode.servicedesk.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;
import cn.aode.servicedesk.platform.cases.Label;

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

	@Autowired
	private ApplicationContext context;

	@Test
	void migratesItsDatabaseWithFlyway() {
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
			.isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select to_regclass('event_publication') is not null").query(Boolean.class).single())
			.isTrue();
		assertThat(jdbc.sql("select to_regclass('processed_event') is not null").query(Boolean.class).single())
			.isTrue();
	}

	/**
	 * Every enum a front end shows has its Chinese and English label in
	 * labels.properties.
	 */
	@Test
	void labelsEveryShownEnumInChineseAndEnglish() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Label.Labelled.class));
		String basePackage = AutoConfigurationPackages.get(context.getAutowireCapableBeanFactory()).get(0);
		for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
			for (Object constant : Class.forName(candidate.getBeanClassName()).getEnumConstants()) {
				Label.Labelled labelled = (Label.Labelled) constant;
				assertThat(labelled.zh()).as(constant + " zh").isNotBlank();
				assertThat(labelled.en()).as(constant + " en").isNotBlank();
			}
		}
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
