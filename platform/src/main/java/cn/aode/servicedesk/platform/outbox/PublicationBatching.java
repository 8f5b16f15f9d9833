package cn.aode.servicedesk.platform.outbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Puts {@link BatchingEventPublicationRepository} in front of the event publication
 * repository Spring Modulith configures, which its registry then uses unchanged.
 */
class PublicationBatching implements BeanPostProcessor {

	private final ObjectProvider<JdbcOperations> jdbc;

	private final ObjectProvider<EventSerializer> serializer;

	PublicationBatching(ObjectProvider<JdbcOperations> jdbc, ObjectProvider<EventSerializer> serializer) {
		this.jdbc = jdbc;
		this.serializer = serializer;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof EventPublicationRepository repository
				&& !(bean instanceof BatchingEventPublicationRepository)) {
			return new BatchingEventPublicationRepository(repository, jdbc.getObject(), serializer.getObject());
		}
		return bean;
	}

}
