package cn.aode.servicedesk.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers the tokens already verified, until each one expires: a front end sends the
 * same token with every call for its whole lifetime, and checking its RSA signature again
 * each time was a fifth of a list read's CPU in a service (docs/PERFORMANCE.md). Only
 * tokens that passed every check are kept, each for at most {@code maxAge}; one that
 * fails is checked again next time.
 */
final class VerifiedTokens implements JwtDecoder {

	private final JwtDecoder verifier;

	private final Cache<String, Jwt> verified;

	VerifiedTokens(JwtDecoder verifier, long maxTokens, Duration maxAge, Clock clock) {
		this.verifier = verifier;
		this.verified = Caffeine.newBuilder()
			.maximumSize(maxTokens)
			.expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> untilExpiry(jwt, maxAge, clock)))
			.build();
	}

	@Override
	public Jwt decode(String token) {
		return this.verified.get(token, this.verifier::decode);
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
