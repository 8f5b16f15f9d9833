package cn.aode.servicedesk.gateway;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One route per service for its API paths, each behind its own circuit breaker and with
 * the usual security headers (no sniffing, no framing, no referrer, HSTS), plus a route
 * to the service's OpenAPI document at {@code /v3/api-docs/<service>} for the merged
 * Swagger UI.
 */
@Configuration(proxyBeanMethods = false)
class RoutesConfiguration {

	@Bean
	RouteLocator serviceRoutes(RouteLocatorBuilder builder, DownstreamServices downstream) {
		RouteLocatorBuilder.Builder routes = builder.routes();
		downstream.services().forEach((name, service) -> {
			routes.route(name,
					route -> route.path(service.paths().toArray(String[]::new))
						.filters(filter -> filter.secureHeaders()
							.circuitBreaker(breaker -> breaker.setName(name)
								.setFallbackUri("forward:" + FallbackController.PATH + "/" + name)))
						.uri(service.url()));
			routes.route(name + "-api-docs",
					route -> route.path("/v3/api-docs/" + name)
						.filters(filter -> filter.setPath("/v3/api-docs"))
						.uri(service.url()));
		});
		return routes.build();
	}

	/**
	 * Open after half of at least 10 calls failed; a call slower than the timeout counts
	 * as failed.
	 */
	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerDefaults(DownstreamServices downstream) {
		Duration timeout = downstream.timeout() == null ? Duration.ofSeconds(10) : downstream.timeout();
		return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
			.timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(timeout).build())
			.circuitBreakerConfig(CircuitBreakerConfig.custom()
				.slidingWindowSize(20)
				.minimumNumberOfCalls(10)
				.failureRateThreshold(50)
				.waitDurationInOpenState(Duration.ofSeconds(10))
				.build())
			.build());
	}

	/** Lists every service's OpenAPI document in the gateway's Swagger UI. */
	@Bean
	InitializingBean swaggerUiUrls(SwaggerUiConfigProperties swaggerUi, DownstreamServices downstream) {
		return () -> {
			Set<SwaggerUrl> urls = new LinkedHashSet<>();
			downstream.services()
				.keySet()
				.forEach(name -> urls.add(new SwaggerUrl(name, "/v3/api-docs/" + name, name)));
			swaggerUi.setUrls(urls);
		};
	}

}
