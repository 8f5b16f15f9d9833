package cn.aode.servicedesk.gateway;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rate limits on {@code /api/**}: buckets in memory by default, in Redis with
 * {@code servicedesk.gateway.rate-limit.store=redis}.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	static final String STORE = "servicedesk.gateway.rate-limit.store";

	@Bean
	RateLimitWebFilter rateLimitWebFilter(RateLimits limits, RateLimitProperties properties) {
		// X-Forwarded-For is anyone's to write: read it only as far as our own proxies
		// wrote it
		RemoteAddressResolver addresses = (properties.trustedProxies() == 0) ? new RemoteAddressResolver() {
		} : XForwardedRemoteAddressResolver.maxTrustedIndex(properties.trustedProxies());
		return new RateLimitWebFilter(limits, addresses);
	}

	@Bean
	@ConditionalOnProperty(name = STORE, havingValue = "memory", matchIfMissing = true)
	RateLimits inMemoryRateLimits(RateLimitProperties properties) {
		return new InMemoryRateLimits(properties, Clock.systemUTC());
	}

	/**
	 * Spring Cloud Gateway's Redis rate limiter (one atomic script per request), with the
	 * Redis configuration that {@link RedisOnlyForRateLimits} lets in for this store.
	 */
	@Bean
	@ConditionalOnProperty(name = STORE, havingValue = "redis")
	RateLimits redisRateLimits(RedisRateLimiter limiter, RateLimitProperties properties) {
		return new RedisRateLimits(limiter, properties);
	}

}
