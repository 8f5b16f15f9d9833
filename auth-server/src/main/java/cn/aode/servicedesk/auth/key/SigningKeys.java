package cn.aode.servicedesk.auth.key;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code signing_key} table. Keys are stored as base64 DER (X.509 public, PKCS#8
 * private); see the migration for why the private half is here.
 */
@Repository
public class SigningKeys {

	/** Serialises rotations and the first key's creation across instances. */
	private static final long ROTATION_LOCK = 0x6175746b6579L;

	private final JdbcClient jdbc;

	public SigningKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Holds a transaction-scoped advisory lock until the caller's transaction ends, so
	 * two instances never rotate at once.
	 */
	void lockForRotation() {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(ROTATION_LOCK).query().singleRow();
	}

	/**
	 * The keys to publish, newest first: every active key, with its private half, and
	 * every key retired after {@code retiredAfter}, public half only.
	 */
	List<SigningKey> published(Instant retiredAfter) {
		return jdbc.sql("""
				SELECT kid, public_key, CASE WHEN state = 'ACTIVE' THEN private_key END AS private_key,
				  created_at, state, retired_at
				FROM signing_key WHERE state = 'ACTIVE' OR retired_at > ?
				ORDER BY created_at DESC, kid""").param(Timestamp.from(retiredAfter)).query(this::row).list();
	}

	/** Every stored key, newest first, without private halves. */
	List<SigningKey> all() {
		return jdbc.sql("""
				SELECT kid, public_key, NULL AS private_key, created_at, state, retired_at
				FROM signing_key ORDER BY created_at DESC, kid""").query(this::row).list();
	}

	boolean anyActive() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM signing_key WHERE state = 'ACTIVE')")
			.query(Boolean.class)
			.single();
	}

	void insert(SigningKey key) {
		if (key.privateKey() == null) {
			throw new IllegalArgumentException("A new signing key needs its private half: " + key.kid());
		}
		jdbc.sql("""
				INSERT INTO signing_key (kid, public_key, private_key, created_at, state, retired_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(key.kid(), encode(key.publicKey().getEncoded()), encode(key.privateKey().getEncoded()),
					Timestamp.from(key.createdAt()), key.state().name(),
					(key.retiredAt() != null) ? Timestamp.from(key.retiredAt()) : null)
			.update();
	}

	/** Retires every active key but {@code keep}; answers the retired kids. */
	List<String> retireAllBut(String keep, Instant now) {
		return jdbc.sql("""
				UPDATE signing_key SET state = 'RETIRED', retired_at = ?
				WHERE state = 'ACTIVE' AND kid <> ? RETURNING kid""")
			.params(Timestamp.from(now), keep)
			.query(String.class)
			.list();
	}

	/** Deletes the keys retired at or before the instant; answers their kids. */
	List<String> deleteRetiredUpTo(Instant retiredUpTo) {
		return jdbc.sql("DELETE FROM signing_key WHERE state = 'RETIRED' AND retired_at <= ? RETURNING kid")
			.param(Timestamp.from(retiredUpTo))
			.query(String.class)
			.list();
	}

	private SigningKey row(ResultSet rs, int row) throws SQLException {
		Timestamp retiredAt = rs.getTimestamp("retired_at");
		String privateKey = rs.getString("private_key");
		try {
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			RSAPublicKey publicKey = (RSAPublicKey) rsa
				.generatePublic(new X509EncodedKeySpec(decode(rs.getString("public_key"))));
			RSAPrivateKey privateHalf = (privateKey != null)
					? (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(decode(privateKey))) : null;
			return new SigningKey(rs.getString("kid"), publicKey, privateHalf,
					rs.getTimestamp("created_at").toInstant(), SigningKeyState.valueOf(rs.getString("state")),
					(retiredAt != null) ? retiredAt.toInstant() : null);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Signing key " + rs.getString("kid") + " cannot be read", ex);
		}
	}

	private static String encode(byte[] der) {
		return Base64.getEncoder().encodeToString(der);
	}

	private static byte[] decode(String base64) {
		return Base64.getDecoder().decode(base64);
	}

}
