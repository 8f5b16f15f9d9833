package cn.aode.servicedesk.gateway;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

import cn.aode.servicedesk.gateway.RateLimitProperties.Limit;
import cn.aode.servicedesk.gateway.RateLimits.Decision;
import cn.aode.servicedesk.gateway.RateLimits.Tier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the limits become Spring Cloud Gateway's Redis bucket settings, and its answers
 * decisions (the Redis script itself is Spring Cloud Gateway's).
 */
class RedisRateLimitsTests {

	@Test
	void aRateOfWholeRequestsASecondIsKeptAsIs() {
		RedisRateLimiter.Config config = RedisRateLimits.config(new Limit(40, 20));

		assertThat(config.getReplenishRate()).isEqualTo(20);
		assertThat(config.getBurstCapacity()).isEqualTo(40);
		assertThat(config.getRequestedTokens()).isEqualTo(1);
	}

	@Test
	void aRateBelowOneASecondCostsSeveralTokensPerRequest() {
		RedisRateLimiter.Config config = RedisRateLimits.config(new Limit(3, 0.1));

		assertThat(config.getReplenishRate()).isEqualTo(1);
		assertThat(config.getBurstCapacity()).isEqualTo(30);
		assertThat(config.getRequestedTokens()).isEqualTo(10);
	}

	@Test
	void answersBecomeDecisionsCountedInRequests() {
		RedisRateLimits limits = new RedisRateLimits(answering(true, "20"), properties());

		assertThat(limits.take(Tier.USER, "spc-01").block()).isEqualTo(Decision.allowed(2));
	}

	@Test
	void aRefusalWaitsForOneRequestsWorthOfTokens() {
		RedisRateLimits limits = new RedisRateLimits(answering(false, "4"), properties());

		assertThat(limits.take(Tier.USER, "spc-01").block()).isEqualTo(Decision.refused(Duration.ofSeconds(10)));
	}

	@Test
	void whenRedisDidNotAnswerTheRemainderIsUnknown() {
		RedisRateLimits limits = new RedisRateLimits(answering(true, "-1"), properties());

		assertThat(limits.take(Tier.USER, "spc-01").block()).isEqualTo(Decision.allowed(-1));
	}

	private static RateLimitProperties properties() {
		return new RateLimitProperties(RateLimitProperties.Store.REDIS, new Limit(3, 0.1), new Limit(200, 100),
				new Limit(20, 10), 0, 100);
	}

	/** A limiter that answers every request alike, with the remaining tokens given. */
	private static RedisRateLimiter answering(boolean allowed, String tokensLeft) {
		return new RedisRateLimiter(1, 1) {
			@Override
			public Mono<RateLimiter.Response> isAllowed(String routeId, String id) {
				return Mono.just(new RateLimiter.Response(allowed, Map.of(REMAINING_HEADER, tokensLeft)));
			}
		};
	}

}
