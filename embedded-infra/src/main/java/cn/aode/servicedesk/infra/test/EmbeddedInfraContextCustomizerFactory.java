package cn.aode.servicedesk.infra.test;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

import cn.aode.servicedesk.infra.postgres.EmbeddedPostgres;

/**
 * Connects every test class annotated with {@link EmbeddedInfra} to the shared servers
 * and to a database of its own. The customizer is equal only for the same test class, so
 * each class gets its own application context.
 */
public class EmbeddedInfraContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return TestContextAnnotationUtils.hasAnnotation(testClass, EmbeddedInfra.class)
				? new EmbeddedInfraCustomizer(testClass) : null;
	}

	private static final class EmbeddedInfraCustomizer implements ContextCustomizer {

		private final Class<?> testClass;

		EmbeddedInfraCustomizer(Class<?> testClass) {
			this.testClass = testClass;
		}

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			SharedInfra infra = SharedInfra.get();
			String database = infra.newDatabase(testClass.getSimpleName());
			Map<String, Object> properties = Map.of("spring.datasource.url", infra.postgres().jdbcUrl(database),
					"spring.datasource.username", EmbeddedPostgres.SUPERUSER, "spring.datasource.password", "",
					"spring.kafka.bootstrap-servers", infra.kafka().bootstrapServers());
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedInfra", properties));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof EmbeddedInfraCustomizer that && testClass.equals(that.testClass);
		}

		@Override
		public int hashCode() {
			return Objects.hash(testClass);
		}

	}

}
