package cn.aode.servicedesk.platform.outbox;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Puts {@link BatchingEventPublicationRepository} in front of the event publication
 * repository Spring Modulith configures, which its registry then uses unchanged. Only
 * Modulith's JDBC schema-v2 repository on the default table is wrapped: the batch writes
 * that table's columns.
 */
class PublicationBatching implements BeanPostProcessor {

	/** Modulith's repository whose rows the batch writes. */
	static final String SCHEMA_V2_REPOSITORY = "org.springframework.modulith.events.jdbc.JdbcEventPublicationRepositoryV2";

	private final ObjectProvider<JdbcOperations> jdbc;

	private final ObjectProvider<EventSerializer> serializer;

	private final Environment environment;

	PublicationBatching(ObjectProvider<JdbcOperations> jdbc, ObjectProvider<EventSerializer> serializer,
			Environment environment) {
		this.jdbc = jdbc;
		this.serializer = serializer;
		this.environment = environment;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof EventPublicationRepository repository && writesDefaultSchemaV2Table(repository)) {
			return new BatchingEventPublicationRepository(repository, jdbc.getObject(), serializer.getObject(),
					"delete".equalsIgnoreCase(environment.getProperty("spring.modulith.events.completion-mode")));
		}
		return bean;
	}

	private boolean writesDefaultSchemaV2Table(EventPublicationRepository repository) {
		return AopUtils.getTargetClass(repository).getName().equals(SCHEMA_V2_REPOSITORY)
				&& !environment.containsProperty("spring.modulith.events.jdbc.schema");
	}

}
