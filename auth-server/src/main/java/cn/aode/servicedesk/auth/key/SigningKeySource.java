package cn.aode.servicedesk.auth.key;

import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * The authorization server's keys, read from the database on every use so a rotation on
 * any instance takes effect at once everywhere. The JWK set endpoint publishes them all
 * (public halves); the token encoder signs with the one that carries its private half
 * ({@link #signingKey}); the resource-server decoder verifies with whichever kid a token
 * names.
 */
@Component
public class SigningKeySource implements JWKSource<SecurityContext> {

	private final SigningKeyService keys;

	public SigningKeySource(SigningKeyService keys) {
		this.keys = keys;
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		return selector.select(new JWKSet(keys.published().stream().<JWK>map(SigningKey::toJwk).toList()));
	}

	/**
	 * Picks the signing key among the keys a token encoder matched: the newest active
	 * one, the first key with a private half (keys come newest first, and only active
	 * keys carry a private half).
	 */
	public static JWK signingKey(List<JWK> matched) {
		return matched.stream()
			.filter(JWK::isPrivate)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No active signing key; is the signing_key table empty?"));
	}

}
