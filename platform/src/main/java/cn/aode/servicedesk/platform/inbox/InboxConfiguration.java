package cn.aode.servicedesk.platform.inbox;

import java.time.Clock;
import java.time.Duration;

import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.events.Topics;

/**
 * Bounded retries with exponential back-off, then the record goes to {@code <topic>-dlt}.
 */
@Configuration(proxyBeanMethods = false)
public class InboxConfiguration {

	@Bean
	InboundEvents inboundEvents(JsonMapper json, JdbcClient jdbc, Clock clock) {
		return new InboundEvents(json, jdbc, clock);
	}

	@Bean
	CommonErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> kafka,
			@Value("${servicedesk.consumer.retries:3}") int retries,
			@Value("${servicedesk.consumer.initial-backoff:PT0.5S}") Duration initialBackoff) {
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
				(record, ex) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retries);
		backOff.setInitialInterval(initialBackoff.toMillis());
		backOff.setMultiplier(2.0);
		DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
		handler.addNotRetryableExceptions(MalformedEventException.class);
		return handler;
	}

}
