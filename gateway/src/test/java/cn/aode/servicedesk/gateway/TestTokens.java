package cn.aode.servicedesk.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tokens shaped like the auth-server's (ADR 9), signed with a key made for the test run
 * whose public half {@link StubService} publishes as the JWK set, so the gateway checks
 * them with its real decoder and validators.
 */
final class TestTokens {

	/** The gateway's default issuer. */
	static final String ISSUER = "http://localhost:9000";

	static final String AUDIENCE = "aode-servicedesk";

	private static final RSAKey KEY = generate();

	/**
	 * Same key id, another key: what a forger without the private key would sign with.
	 */
	private static final RSAKey FORGED = generate();

	private TestTokens() {
	}

	/** The public half of the test key, as {@code /oauth2/jwks} publishes it. */
	static String jwkSet() {
		return new JWKSet(KEY.toPublicJWK()).toString();
	}

	/** A specialist's token, as the staff console gets it. */
	static Token staff(String staffId) {
		Map<String, Object> claims = base(staffId, "STAFF", "staff-console");
		claims.put("staff_id", staffId);
		claims.put("roles", List.of("SPECIALIST"));
		claims.put("scope", List.of("openid", "profile"));
		return new Token(claims, KEY);
	}

	/** A system client's token (client credentials): the subject is the client id. */
	static Token client(String clientId, String... scopes) {
		Map<String, Object> claims = base(clientId, "CLIENT", clientId);
		claims.put("scope", List.of(scopes));
		return new Token(claims, KEY);
	}

	private static Map<String, Object> base(String subject, String kind, String clientId) {
		Instant now = Instant.now();
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", ISSUER);
		claims.put("aud", List.of(clientId, AUDIENCE));
		claims.put("sub", subject);
		claims.put("kind", kind);
		claims.put("client_id", clientId);
		claims.put("iat", Date.from(now));
		claims.put("nbf", Date.from(now));
		claims.put("exp", Date.from(now.plus(Duration.ofMinutes(15))));
		return claims;
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyID("test-key").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token's claims and the key that will sign it; each change makes a new one. */
	record Token(Map<String, Object> claims, RSAKey key) {

		Token expired() {
			Instant issued = Instant.now().minus(Duration.ofHours(1));
			return with("iat", Date.from(issued)).with("nbf", Date.from(issued))
				.with("exp", Date.from(issued.plus(Duration.ofMinutes(15))));
		}

		Token issuer(String issuer) {
			return with("iss", issuer);
		}

		Token audience(String... audience) {
			return with("aud", List.of(audience));
		}

		Token forged() {
			return new Token(claims, FORGED);
		}

		Token with(String claim, Object value) {
			Map<String, Object> changed = new LinkedHashMap<>(claims);
			changed.put(claim, value);
			return new Token(changed, key);
		}

		/** The value of an {@code Authorization} header carrying this token. */
		String bearer() {
			try {
				JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
				claims.forEach(builder::claim);
				SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
						builder.build());
				jwt.sign(new RSASSASigner(key));
				return "Bearer " + jwt.serialize();
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
