package cn.aode.servicedesk.gateway;

import java.net.URI;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whose tokens the gateway accepts: the auth-server's, for this system. The same
 * properties the services read, so one set of values configures the edge and every
 * service.
 *
 * @param issuer the auth-server's issuer ({@code AUTH_ISSUER}); tokens from anyone else
 * are refused
 * @param jwkSetUri where the auth-server publishes its signing keys
 * ({@code AUTH_JWK_SET_URI})
 * @param audience the audience a token must name to be used here
 */
@ConfigurationProperties("servicedesk.security")
public record AuthServerProperties(String issuer, URI jwkSetUri, String audience) {

	public AuthServerProperties {
		Objects.requireNonNull(issuer, "servicedesk.security.issuer is not set");
		Objects.requireNonNull(jwkSetUri, "servicedesk.security.jwk-set-uri is not set");
		Objects.requireNonNull(audience, "servicedesk.security.audience is not set");
	}

}
