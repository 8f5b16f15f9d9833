package cn.aode.servicedesk.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers the tokens already verified, until each one expires: a front end sends the
 * same token with every call for its whole lifetime, and checking the RSA signature again
 * each time was the largest cost of a request at the gateway (docs/PERFORMANCE.md). Only
 * tokens that passed every check are kept, each for at most {@code maxAge}; one that
 * fails is checked again next time.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder verifier;

	private final Cache<String, Jwt> verified;

	VerifiedTokens(ReactiveJwtDecoder verifier, long maxTokens, Duration maxAge, Clock clock) {
		this.verifier = verifier;
		this.verified = Caffeine.newBuilder()
			.maximumSize(maxTokens)
			.expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> untilExpiry(jwt, maxAge, clock)))
			.build();
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = this.verified.getIfPresent(token);
		if (known != null) {
			return Mono.just(known);
		}
		return this.verifier.decode(token).doOnNext(jwt -> this.verified.put(token, jwt));
	}

	private static Duration untilExpiry(Jwt jwt, Duration maxAge, Clock clock) {
		Instant expiresAt = jwt.getExpiresAt();
		if (expiresAt == null) {
			return maxAge;
		}
		Duration left = Duration.between(clock.instant(), expiresAt);
		return left.isNegative() ? Duration.ZERO : (left.compareTo(maxAge) < 0 ? left : maxAge);
	}

}
