package cn.aode.servicedesk.gateway;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests to {@code /api/**} each caller may send: a token bucket per user
 * (token subject), per system client (its client id) and per address for requests without
 * a token, kept in this instance's memory or, with several instances, in Redis.
 *
 * @param store where the buckets live: {@code memory} (one instance, the dev stack) or
 * {@code redis} (shared by several instances; needs {@code spring.data.redis.*}); the
 * configuration conditions read it, and binding it here fails the start on an unknown
 * store
 * @param user the bucket of each staff member or customer
 * @param client the bucket of each system client (client credentials)
 * @param anonymous the bucket of each address calling public look-ups without a token
 * @param trustedProxies how many proxies in front of the gateway append to
 * {@code X-Forwarded-For}; 0 takes the connection's remote address
 * @param maxKeys at most this many buckets in memory; idle ones are dropped first
 */
@ConfigurationProperties("servicedesk.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("memory") Store store, Limit user, Limit client, Limit anonymous,
		@DefaultValue("0") int trustedProxies, @DefaultValue("20000") int maxKeys) {

	public RateLimitProperties {
		Objects.requireNonNull(user, "servicedesk.gateway.rate-limit.user is not set");
		Objects.requireNonNull(client, "servicedesk.gateway.rate-limit.client is not set");
		Objects.requireNonNull(anonymous, "servicedesk.gateway.rate-limit.anonymous is not set");
		if (trustedProxies < 0 || maxKeys < 1) {
			throw new IllegalArgumentException("servicedesk.gateway.rate-limit: trusted-proxies must be 0 or more, "
					+ "max-keys 1 or more; got " + trustedProxies + " and " + maxKeys);
		}
	}

	Limit limit(RateLimits.Tier tier) {
		return switch (tier) {
			case USER -> user;
			case CLIENT -> client;
			case ANONYMOUS -> anonymous;
		};
	}

	/** Where the buckets live. */
	public enum Store {

		MEMORY, REDIS

	}

	/**
	 * One token bucket: a caller may send {@code capacity} requests at once, and then
	 * {@code refillPerSecond} a second.
	 *
	 * @param capacity the burst a caller may send at once
	 * @param refillPerSecond the sustained rate (may be below 1, e.g. 0.1 for one request
	 * every ten seconds)
	 */
	public record Limit(int capacity, double refillPerSecond) {

		public Limit {
			if (capacity < 1 || !(refillPerSecond > 0) || capacity < refillPerSecond) {
				throw new IllegalArgumentException("A rate limit needs a capacity of at least 1, a refill above 0 "
						+ "and no more than the capacity; got capacity " + capacity + ", refill " + refillPerSecond);
			}
		}

		/**
		 * How long an empty bucket takes to fill: after that, forgetting it loses
		 * nothing.
		 */
		Duration fillTime() {
			return Duration.ofMillis((long) Math.ceil(capacity / refillPerSecond * 1000));
		}

	}

}
