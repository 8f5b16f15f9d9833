package cn.aode.servicedesk.gateway;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Shows operations the state of every service behind the gateway under
 * {@code /actuator/health/downstream}: each service's own health answer, or why it gave
 * none.
 */
@Configuration(proxyBeanMethods = false)
class DownstreamHealthConfiguration {

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

	@Bean
	CompositeReactiveHealthContributor downstream(DownstreamServices downstream, WebClient.Builder webClient) {
		WebClient client = webClient.build();
		return CompositeReactiveHealthContributor.fromMap(downstream.services(),
				service -> (ReactiveHealthIndicator) () -> probe(client, service));
	}

	@SuppressWarnings("unchecked")
	private static Mono<Health> probe(WebClient client, DownstreamServices.Downstream service) {
		return client.get()
			.uri(service.url().resolve("/actuator/health"))
			.exchangeToMono(response -> response.bodyToMono(Map.class)
				.defaultIfEmpty(Map.of())
				.map(body -> health(String.valueOf(body.getOrDefault("status", "UNKNOWN")),
						response.statusCode().value(), service)))
			.timeout(PROBE_TIMEOUT)
			.onErrorResume(ex -> Mono.just(Health.down()
				.withDetail("url", service.url().toString())
				.withDetail("error", ex.getClass().getSimpleName() + ": " + ex.getMessage())
				.build()));
	}

	private static Health health(String status, int httpStatus, DownstreamServices.Downstream service) {
		Health.Builder builder = "UP".equals(status) ? Health.up() : Health.down();
		return builder.withDetail("url", service.url().toString())
			.withDetail("status", status)
			.withDetail("httpStatus", httpStatus)
			.build();
	}

}
