package cn.aode.servicedesk.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The services behind the gateway, by name: where each one listens and which API paths it
 * owns. URLs come from configuration (environment in containers), not from a service
 * registry.
 *
 * @param services by service name, e.g. {@code complaint-service}
 * @param timeout how long a call may take before the circuit breaker answers instead
 */
@ConfigurationProperties("servicedesk.gateway")
public record DownstreamServices(Map<String, Downstream> services, Duration timeout) {

	/** One service: its base URL and the path patterns routed to it. */
	public record Downstream(URI url, List<String> paths) {
	}

}
