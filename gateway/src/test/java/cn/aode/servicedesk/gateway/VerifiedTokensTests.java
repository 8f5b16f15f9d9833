package cn.aode.servicedesk.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTests {

	private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final AtomicInteger verifications = new AtomicInteger();

	@Test
	@DisplayName("a token is verified once, then answered from memory")
	void verifiesEachTokenOnce() {
		VerifiedTokens tokens = new VerifiedTokens(verifier(NOW.plusSeconds(600)), 100, Duration.ofMinutes(5), clock);

		Jwt first = tokens.decode("token-a").block();
		Jwt second = tokens.decode("token-a").block();
		tokens.decode("token-b").block();

		assertThat(second).isSameAs(first);
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	@DisplayName("a token that fails its check is checked again next time, never remembered")
	void doesNotRememberFailures() {
		ReactiveJwtDecoder refusing = token -> Mono.fromCallable(() -> {
			this.verifications.incrementAndGet();
			throw new BadJwtException("bad signature");
		});
		VerifiedTokens tokens = new VerifiedTokens(refusing, 100, Duration.ofMinutes(5), clock);

		StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();
		StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	@DisplayName("a token already past its expiry is not kept")
	void doesNotKeepExpiredTokens() {
		VerifiedTokens tokens = new VerifiedTokens(verifier(NOW.minusSeconds(1)), 100, Duration.ofMinutes(5), clock);

		tokens.decode("token-a").block();
		tokens.decode("token-a").block();

		assertThat(this.verifications).hasValue(2);
	}

	private ReactiveJwtDecoder verifier(Instant expiresAt) {
		return token -> Mono.fromCallable(() -> {
			this.verifications.incrementAndGet();
			return Jwt.withTokenValue(token)
				.header("alg", "RS256")
				.subject("clerk-1")
				.issuedAt(NOW.minusSeconds(60))
				.expiresAt(expiresAt)
				.build();
		});
	}

}
