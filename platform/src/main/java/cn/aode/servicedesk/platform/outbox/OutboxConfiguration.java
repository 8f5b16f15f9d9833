package cn.aode.servicedesk.platform.outbox;

import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.scheduling.annotation.Scheduled;

import cn.aode.servicedesk.events.EventHeaders;
import cn.aode.servicedesk.events.IntegrationEvent;

/**
 * Routes every {@link IntegrationEvent} to its aggregate's topic, keyed by aggregate id,
 * with the logical type and event id as headers; stores a transaction's publications in
 * one batch; and resubmits publications that did not reach Kafka (broker down, timeout)
 * on a schedule rather than only at the next restart.
 */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

	@Bean
	EventExternalizationConfiguration eventExternalization() {
		return EventExternalizationConfiguration.externalizing()
			.select(IntegrationEvent.class::isInstance)
			.route(IntegrationEvent.class, event -> RoutingTarget.forTarget(event.topic()).andKey(event.aggregateId()))
			.headers(IntegrationEvent.class,
					event -> Map.of(EventHeaders.TYPE, event.eventType(), EventHeaders.ID, event.eventId().toString()))
			.build();
	}

	/** Stores the publications of a transaction with one batch insert. */
	@Bean
	static PublicationBatching publicationBatching(ObjectProvider<JdbcOperations> jdbc,
			ObjectProvider<EventSerializer> serializer, Environment environment) {
		return new PublicationBatching(jdbc, serializer, environment);
	}

	@Bean
	OutboxResubmission outboxResubmission(IncompleteEventPublications publications,
			@Value("${servicedesk.outbox.resubmit-min-age:PT10S}") Duration minAge) {
		return new OutboxResubmission(publications, minAge);
	}

	/** Retries publications that are still incomplete after a grace period. */
	static class OutboxResubmission {

		private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

		private final IncompleteEventPublications publications;

		private final Duration minAge;

		OutboxResubmission(IncompleteEventPublications publications, Duration minAge) {
			this.publications = publications;
			this.minAge = minAge;
		}

		@Scheduled(fixedDelayString = "${servicedesk.outbox.resubmit-interval:PT15S}",
				initialDelayString = "${servicedesk.outbox.resubmit-interval:PT15S}")
		void resubmit() {
			try {
				publications.resubmitIncompletePublicationsOlderThan(minAge);
			}
			catch (RuntimeException ex) {
				log.warn("Resubmitting incomplete event publications failed; will retry: {}", ex.getMessage());
			}
		}

	}

}
