package cn.aode.servicedesk.gateway;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * Takes one request from a caller's token bucket; the buckets live in memory or in Redis
 * (see {@link RateLimitProperties#store()}).
 */
interface RateLimits {

	/** Takes one request from the bucket of this caller of this tier. */
	Mono<Decision> take(Tier tier, String caller);

	/** Whose bucket a request is taken from. */
	enum Tier {

		/** A staff member or a customer, by the token's subject. */
		USER,
		/** A system client (client credentials), by its client id. */
		CLIENT,
		/** A request without a token, by the caller's address. */
		ANONYMOUS

	}

	/**
	 * Whether the request may pass.
	 *
	 * @param allowed whether it may pass
	 * @param remaining requests left in the bucket, or -1 if unknown
	 * @param retryAfter when refused, how long until the next request would pass
	 */
	record Decision(boolean allowed, long remaining, Duration retryAfter) {

		static Decision allowed(long remaining) {
			return new Decision(true, remaining, Duration.ZERO);
		}

		static Decision refused(Duration retryAfter) {
			return new Decision(false, 0, retryAfter);
		}

	}

}
