package cn.aode.servicedesk.auth.key;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.jspecify.annotations.Nullable;

/**
 * One RSA signing key. The private half is loaded only where it is needed (to sign with
 * the active key); lists and published sets carry the public half alone.
 *
 * @param kid the key id, in every token's header
 * @param publicKey the public half, published at {@code /oauth2/jwks}
 * @param privateKey the private half, or null when not loaded
 * @param createdAt when the key was generated
 * @param state whether it signs new tokens
 * @param retiredAt when it stopped signing, null while active
 */
public record SigningKey(String kid, RSAPublicKey publicKey, @Nullable RSAPrivateKey privateKey, Instant createdAt,
		SigningKeyState state, @Nullable Instant retiredAt) {

	private static final int KEY_SIZE = 2048;

	/** A fresh active 2048-bit RSA key with a random kid. */
	public static SigningKey generate(Instant now) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(KEY_SIZE);
			KeyPair pair = generator.generateKeyPair();
			return new SigningKey(UUID.randomUUID().toString(), (RSAPublicKey) pair.getPublic(),
					(RSAPrivateKey) pair.getPrivate(), now, SigningKeyState.ACTIVE, null);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("This JVM cannot generate RSA keys", ex);
		}
	}

	/** The key as an RS256 signature JWK, with the private half when it is loaded. */
	public RSAKey toJwk() {
		RSAKey.Builder jwk = new RSAKey.Builder(publicKey).keyID(kid)
			.keyUse(KeyUse.SIGNATURE)
			.algorithm(JWSAlgorithm.RS256)
			.issueTime(Date.from(createdAt));
		if (privateKey != null) {
			jwk.privateKey(privateKey);
		}
		return jwk.build();
	}

}
