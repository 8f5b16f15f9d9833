package cn.aode.servicedesk.gateway;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body larger than the configured limit with 413 problem+json before it
 * reaches a service: at once when {@code Content-Length} says so, and while streaming a
 * body sent without it, so that no service reads and parses a body of any size.
 */
@Component
class RequestBodyLimitFilter implements WebFilter, Ordered {

	private final long limit;

	RequestBodyLimitFilter(@Value("${servicedesk.gateway.max-body-size:4MB}") DataSize limit) {
		this.limit = limit.toBytes();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long declared = exchange.getRequest().getHeaders().getContentLength();
		if (declared > limit) {
			return tooLarge(exchange.getResponse());
		}
		if (declared >= 0) {
			return chain.filter(exchange);
		}
		ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public Flux<DataBuffer> getBody() {
				AtomicLong read = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (read.addAndGet(buffer.readableByteCount()) > limit) {
						DataBufferUtils.release(buffer);
						sink.error(new BodyTooLargeException());
					}
					else {
						sink.next(buffer);
					}
				});
			}
		};
		return chain.filter(exchange.mutate().request(counted).build())
			.onErrorResume(BodyTooLargeException.class, ex -> tooLarge(exchange.getResponse()));
	}

	private Mono<Void> tooLarge(ServerHttpResponse response) {
		if (response.isCommitted()) {
			return Mono.empty();
		}
		return Problem
			.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request body too large",
					"A request body may be at most " + limit + " bytes.")
			.writeTo(response);
	}

	/** Runs first, before routing, so that no service sees the body. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	/** The body being streamed passed the limit. */
	private static final class BodyTooLargeException extends RuntimeException {

		BodyTooLargeException() {
			super(null, null, false, false);
		}

	}

}
