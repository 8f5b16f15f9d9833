package cn.aode.servicedesk.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

/**
 * Token buckets in this instance's memory: exact for one gateway (the dev stack, a single
 * container). A bucket idle for as long as it takes to fill is full again, so it is
 * dropped then; at most {@link RateLimitProperties#maxKeys()} buckets are kept.
 */
final class InMemoryRateLimits implements RateLimits {

	private final RateLimitProperties properties;

	private final Clock clock;

	private final Cache<String, Bucket> buckets;

	InMemoryRateLimits(RateLimitProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		Duration idle = Arrays.stream(Tier.values())
			.map(tier -> properties.limit(tier).fillTime())
			.max(Comparator.naturalOrder())
			.orElseThrow();
		this.buckets = Caffeine.newBuilder().maximumSize(properties.maxKeys()).expireAfterAccess(idle).build();
	}

	@Override
	public Mono<Decision> take(Tier tier, String caller) {
		return Mono.fromSupplier(() -> {
			long now = clock.millis();
			return buckets.get(tier + ":" + caller, key -> new Bucket(properties.limit(tier), now)).take(now);
		});
	}

	/** One caller's tokens, refilled continuously up to the capacity. */
	private static final class Bucket {

		private final RateLimitProperties.Limit limit;

		private double tokens;

		private long updatedMillis;

		Bucket(RateLimitProperties.Limit limit, long nowMillis) {
			this.limit = limit;
			this.tokens = limit.capacity();
			this.updatedMillis = nowMillis;
		}

		synchronized Decision take(long nowMillis) {
			if (nowMillis > updatedMillis) {
				tokens = Math.min(limit.capacity(),
						tokens + (nowMillis - updatedMillis) / 1000.0 * limit.refillPerSecond());
				updatedMillis = nowMillis;
			}
			if (tokens >= 1) {
				tokens -= 1;
				return Decision.allowed((long) tokens);
			}
			long seconds = (long) Math.ceil((1 - tokens) / limit.refillPerSecond());
			return Decision.refused(Duration.ofSeconds(Math.max(1, seconds)));
		}

	}

}
