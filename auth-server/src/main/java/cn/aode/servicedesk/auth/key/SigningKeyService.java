package cn.aode.servicedesk.auth.key;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.auth.token.TokenProperties;

/**
 * Creates the first signing key and rotates keys without downtime: a rotation makes a new
 * key the signing key at once, keeps the previous one published for the grace period, and
 * drops keys whose grace period is over.
 */
@Service
public class SigningKeyService {

	private static final Logger log = LoggerFactory.getLogger(SigningKeyService.class);

	private final SigningKeys keys;

	private final SigningKeyProperties properties;

	private final Clock clock;

	public SigningKeyService(SigningKeys keys, SigningKeyProperties properties, TokenProperties tokens, Clock clock) {
		if (properties.retiredGrace().compareTo(tokens.accessTokenTimeToLive()) < 0) {
			throw new IllegalArgumentException("servicedesk.auth.signing-keys.retired-grace ("
					+ properties.retiredGrace() + ") must be at least the access-token lifetime ("
					+ tokens.accessTokenTimeToLive() + "), or tokens would stop verifying before they expire");
		}
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
	}

	/** Generates the first key when none is active; answers whether it did. */
	@Transactional
	public boolean ensureSigningKey() {
		keys.lockForRotation();
		if (keys.anyActive()) {
			return false;
		}
		SigningKey key = SigningKey.generate(clock.instant());
		keys.insert(key);
		log.info("Generated the first signing key {}", key.kid());
		return true;
	}

	/** Makes a new key the signing key, retires the previous ones, drops expired ones. */
	@Transactional
	public Rotation rotate() {
		keys.lockForRotation();
		Instant now = clock.instant();
		SigningKey key = SigningKey.generate(now);
		keys.insert(key);
		List<String> retired = keys.retireAllBut(key.kid(), now);
		List<String> dropped = keys.deleteRetiredUpTo(now.minus(properties.retiredGrace()));
		log.info("Rotated signing keys: {} signs now; retired {}; dropped {}", key.kid(), retired, dropped);
		return new Rotation(key.kid(), retired, dropped);
	}

	/**
	 * The keys to publish and sign with; only the active keys carry their private half.
	 */
	@Transactional(readOnly = true)
	public List<SigningKey> published() {
		return keys.published(clock.instant().minus(properties.retiredGrace()));
	}

	/** Every stored key, without private halves. */
	@Transactional(readOnly = true)
	public List<SigningKey> all() {
		return keys.all();
	}

	/** Until when a key is published: forever while active, then for the grace period. */
	public @Nullable Instant publishedUntil(SigningKey key) {
		return (key.retiredAt() != null) ? key.retiredAt().plus(properties.retiredGrace()) : null;
	}

	/**
	 * What a rotation did.
	 *
	 * @param signingKid the new signing key
	 * @param retiredKids the keys that stopped signing and stay published for the grace
	 * period
	 * @param droppedKids the keys removed because their grace period was over
	 */
	public record Rotation(String signingKid, List<String> retiredKids, List<String> droppedKids) {

	}

}
