package cn.aode.servicedesk.gateway;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Token buckets in Redis, shared by every gateway instance, through Spring Cloud
 * Gateway's {@link RedisRateLimiter} (one atomic script per request). Its buckets count
 * whole tokens per whole second, so a rate below one a second is kept as several tokens
 * per request; a rate above one is rounded to whole requests a second. If Redis does not
 * answer, requests pass (and the limiter logs an error): losing the limit is better than
 * losing the API.
 */
final class RedisRateLimits implements RateLimits {

	private final RedisRateLimiter limiter;

	private final Map<Tier, RedisRateLimiter.Config> configs = new EnumMap<>(Tier.class);

	RedisRateLimits(RedisRateLimiter limiter, RateLimitProperties properties) {
		this.limiter = limiter;
		for (Tier tier : Tier.values()) {
			RedisRateLimiter.Config config = config(properties.limit(tier));
			configs.put(tier, config);
			limiter.getConfig().put(routeId(tier), config);
		}
	}

	@Override
	public Mono<Decision> take(Tier tier, String caller) {
		RedisRateLimiter.Config config = configs.get(tier);
		return Mono.defer(() -> limiter.isAllowed(routeId(tier), caller))
			// opening the shared connection (at first, and again while Redis is away)
			// blocks: not on the event loop
			.subscribeOn(Schedulers.boundedElastic())
			.map(response -> {
				if (response.isAllowed()) {
					long tokens = Long
						.parseLong(response.getHeaders().getOrDefault(RedisRateLimiter.REMAINING_HEADER, "-1"));
					return Decision.allowed(tokens < 0 ? -1 : tokens / config.getRequestedTokens());
				}
				long seconds = (long) Math.ceil((double) config.getRequestedTokens() / config.getReplenishRate());
				return Decision.refused(Duration.ofSeconds(Math.max(1, seconds)));
			});
	}

	/** The limiter keys its buckets by "route" and caller: here the route is the tier. */
	private static String routeId(Tier tier) {
		return "servicedesk-" + tier.name().toLowerCase(Locale.ROOT);
	}

	static RedisRateLimiter.Config config(RateLimitProperties.Limit limit) {
		int tokensPerRequest = limit.refillPerSecond() >= 1 ? 1 : (int) Math.ceil(1 / limit.refillPerSecond());
		int replenishRate = (int) Math.max(1, Math.round(limit.refillPerSecond() * tokensPerRequest));
		return new RedisRateLimiter.Config().setReplenishRate(replenishRate)
			.setBurstCapacity((long) limit.capacity() * tokensPerRequest)
			.setRequestedTokens(tokensPerRequest);
	}

}
