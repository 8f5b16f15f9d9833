package cn.aode.servicedesk.platform;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import cn.aode.servicedesk.platform.security.Role;

/**
 * Real signed tokens for tests, shaped like the auth-server's (claims {@code kind},
 * {@code staff_id}, {@code crm_id}, {@code roles}, {@code client_id}, {@code scope}):
 * services under test validate them with their normal filter chain, against this issuer's
 * public key.
 */
public final class TestTokens {

	public static final String ISSUER = "https://auth.test.aode";

	public static final String AUDIENCE = "aode-servicedesk";

	private static final KeyPair KEYS = generate();

	private static final KeyPair STRANGER = generate();

	private TestTokens() {
	}

	/** The public key services under test validate tokens with. */
	public static RSAPublicKey publicKey() {
		return (RSAPublicKey) KEYS.getPublic();
	}

	/** {@code Bearer ...} of a staff member holding the roles. */
	public static String staff(String staffId, Role... roles) {
		return bearer(sign(KEYS,
				claims(staffId, ISSUER, AUDIENCE, Duration.ofHours(1)).claim("kind", "STAFF")
					.claim("staff_id", staffId)
					.claim("roles", Arrays.stream(roles).map(Role::name).toList())
					.claim("client_id", "staff-console")
					.build()));
	}

	/** {@code Bearer ...} of a customer who is the CRM's customer {@code crmId}. */
	public static String customer(String crmId) {
		return bearer(sign(KEYS,
				claims("cust-" + crmId, ISSUER, AUDIENCE, Duration.ofHours(1)).claim("kind", "CUSTOMER")
					.claim("crm_id", crmId)
					.claim("client_id", "customer-app")
					.build()));
	}

	/** {@code Bearer ...} of a system client (the CRM, operations) with its scopes. */
	public static String client(String clientId, String... scopes) {
		return bearer(sign(KEYS,
				claims(clientId, ISSUER, AUDIENCE, Duration.ofHours(1)).claim("kind", "CLIENT")
					.claim("client_id", clientId)
					.claim("scope", List.of(scopes))
					.build()));
	}

	/** A staff token that expired a minute ago (past the validators' 60 s skew). */
	public static String expiredStaff(String staffId) {
		return bearer(sign(KEYS,
				claims(staffId, ISSUER, AUDIENCE, Duration.ofMinutes(-2)).claim("kind", "STAFF")
					.claim("staff_id", staffId)
					.build()));
	}

	/** A staff token signed by a key the issuer never published. */
	public static String forgedStaff(String staffId) {
		return bearer(sign(STRANGER,
				claims(staffId, ISSUER, AUDIENCE, Duration.ofHours(1)).claim("kind", "STAFF")
					.claim("staff_id", staffId)
					.build()));
	}

	/** A staff token issued for another system. */
	public static String staffForAudience(String staffId, String audience) {
		return bearer(sign(KEYS,
				claims(staffId, ISSUER, audience, Duration.ofHours(1)).claim("kind", "STAFF")
					.claim("staff_id", staffId)
					.build()));
	}

	private static JwtClaimsSet.Builder claims(String subject, String issuer, String audience, Duration valid) {
		Instant now = Instant.now();
		return JwtClaimsSet.builder()
			.id(UUID.randomUUID().toString())
			.subject(subject)
			.issuer(issuer)
			.audience(List.of(audience))
			.issuedAt(now.minus(Duration.ofMinutes(5)))
			.expiresAt(now.plus(valid));
	}

	private static String sign(KeyPair keys, JwtClaimsSet claims) {
		RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
			.keyID("test")
			.build();
		NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(key)));
		return encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("test").build(), claims))
			.getTokenValue();
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
