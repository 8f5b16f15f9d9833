package cn.aode.servicedesk.auth.client;

import java.util.Collection;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.auth.token.TokenProperties;

/**
 * The definitions of the service desk's OAuth clients, in one place. Each client's id is
 * also its registration id, so registering it again updates it in place.
 */
@Component
public class ServiceDeskClients {

	/** The staff front end. */
	public static final String STAFF_CONSOLE = "staff-console";

	/** The customers' app (H5). */
	public static final String CUSTOMER_APP = "customer-app";

	/** The CRM, which reads customers and projects. */
	public static final String CRM = "crm";

	/** Operations tooling: key rotation, actuator endpoints and account provisioning. */
	public static final String OPS = "ops";

	/** A developer's command line, dev profile only. */
	public static final String DEV_CLI = "dev-cli";

	/** The scope that rotates signing keys and reads actuator endpoints. */
	public static final String OPS_SCOPE = "ops";

	/** The scope that creates, updates and reads accounts. */
	public static final String ACCOUNTS_SCOPE = "accounts";

	private final PasswordEncoder passwordEncoder;

	private final TokenProperties tokens;

	public ServiceDeskClients(PasswordEncoder passwordEncoder, TokenProperties tokens) {
		this.passwordEncoder = passwordEncoder;
		this.tokens = tokens;
	}

	/**
	 * A first-party front end: public (no secret), authorization code with PKCE, no
	 * consent screen. Spring Authorization Server issues no refresh token to a public
	 * client, so the front end authorizes again (silently, while its login session
	 * lives).
	 */
	public RegisteredClient frontEnd(String clientId, String name, Collection<String> redirectUris) {
		return builder(clientId, name).clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUris((uris) -> uris.addAll(redirectUris))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.build();
	}

	/** A partner system calling with client credentials and a secret. */
	public RegisteredClient machine(String clientId, String name, String secret, String... scopes) {
		return builder(clientId, name).clientSecret(passwordEncoder.encode(secret))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scopes((granted) -> granted.addAll(List.of(scopes)))
			.build();
	}

	/**
	 * A confidential client a developer drives with curl: authorization code with PKCE
	 * and a secret, so it also gets refresh tokens.
	 */
	public RegisteredClient devCli(String secret, String redirectUri) {
		return builder(DEV_CLI, "Developer command line").clientSecret(passwordEncoder.encode(secret))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri(redirectUri)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.build();
	}

	private RegisteredClient.Builder builder(String clientId, String name) {
		// first-party clients: no consent screen; PKCE wherever the authorization code is
		// used
		return RegisteredClient.withId(clientId)
			.clientId(clientId)
			.clientName(name)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokens.accessTokenTimeToLive()).build());
	}

}
