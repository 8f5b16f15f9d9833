package cn.aode.servicedesk.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.gateway.RateLimits.Decision;
import cn.aode.servicedesk.gateway.RateLimits.Tier;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory token buckets, on a clock the test moves. */
class InMemoryRateLimitsTests {

	private final MutableClock clock = new MutableClock();

	private final InMemoryRateLimits limits = new InMemoryRateLimits(
			new RateLimitProperties(RateLimitProperties.Store.MEMORY, new RateLimitProperties.Limit(3, 0.5),
					new RateLimitProperties.Limit(10, 5), new RateLimitProperties.Limit(1, 1), 0, 100),
			clock);

	@Test
	void aBurstUpToTheCapacityPassesAndCountsDown() {
		assertThat(take(Tier.USER, "spc-01")).isEqualTo(Decision.allowed(2));
		assertThat(take(Tier.USER, "spc-01")).isEqualTo(Decision.allowed(1));
		assertThat(take(Tier.USER, "spc-01")).isEqualTo(Decision.allowed(0));
	}

	@Test
	void theNextRequestIsRefusedUntilOneTokenHasRefilled() {
		for (int i = 0; i < 3; i++) {
			take(Tier.USER, "spc-01");
		}

		assertThat(take(Tier.USER, "spc-01")).isEqualTo(Decision.refused(Duration.ofSeconds(2)));
		clock.advance(Duration.ofMillis(1500));
		assertThat(take(Tier.USER, "spc-01")).isEqualTo(Decision.refused(Duration.ofSeconds(1)));
		clock.advance(Duration.ofMillis(500));
		assertThat(take(Tier.USER, "spc-01").allowed()).isTrue();
		assertThat(take(Tier.USER, "spc-01").allowed()).isFalse();
	}

	@Test
	void aBucketRefillsNoFurtherThanItsCapacity() {
		take(Tier.USER, "spc-01");
		clock.advance(Duration.ofHours(1));

		assertThat(take(Tier.USER, "spc-01")).isEqualTo(Decision.allowed(2));
	}

	@Test
	void everyCallerOfEveryTierHasItsOwnBucket() {
		for (int i = 0; i < 3; i++) {
			take(Tier.USER, "spc-01");
		}

		assertThat(take(Tier.USER, "spc-01").allowed()).isFalse();
		assertThat(take(Tier.USER, "spc-02")).isEqualTo(Decision.allowed(2));
		assertThat(take(Tier.CLIENT, "spc-01")).isEqualTo(Decision.allowed(9));
		assertThat(take(Tier.ANONYMOUS, "spc-01")).isEqualTo(Decision.allowed(0));
	}

	private Decision take(Tier tier, String caller) {
		return limits.take(tier, caller).block();
	}

	/** A clock that stands still until the test moves it. */
	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-12-02T08:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
