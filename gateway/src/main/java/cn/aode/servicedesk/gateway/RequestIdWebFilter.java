package cn.aode.servicedesk.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.tracing.handler.TracingObservationHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@value #REQUEST_ID} (kept when the caller sent a sane one),
 * passes it to the service, and returns it with the trace id ({@value #TRACE_ID}) on
 * every response, fallbacks and errors included, so a support call can be matched to the
 * logs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdWebFilter implements WebFilter {

	static final String REQUEST_ID = "X-Request-Id";

	static final String TRACE_ID = "X-Trace-Id";

	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String incoming = exchange.getRequest().getHeaders().getFirst(REQUEST_ID);
		String requestId = (incoming != null && ACCEPTABLE.matcher(incoming).matches()) ? incoming
				: UUID.randomUUID().toString();
		ServerWebExchange tagged = exchange.mutate()
			.request(request -> request.headers(headers -> headers.set(REQUEST_ID, requestId)))
			.build();
		String traceId = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
			.map(context -> context.<TracingObservationHandler.TracingContext>get(
					TracingObservationHandler.TracingContext.class))
			.filter(tracing -> tracing.getSpan() != null)
			.map(tracing -> tracing.getSpan().context().traceId())
			.orElse(null);
		// set just before the response is written, replacing the copies the service sent
		// back
		tagged.getResponse().beforeCommit(() -> {
			tagged.getResponse().getHeaders().set(REQUEST_ID, requestId);
			if (traceId != null && !traceId.isEmpty()) {
				tagged.getResponse().getHeaders().set(TRACE_ID, traceId);
			}
			return Mono.empty();
		});
		return chain.filter(tagged);
	}

}
