package cn.aode.servicedesk.auth.token;

import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.auth.account.Account;
import cn.aode.servicedesk.auth.account.AccountKind;
import cn.aode.servicedesk.auth.account.Accounts;
import cn.aode.servicedesk.auth.account.Role;

/**
 * Adds the service desk's claims to every access token (ADR 9): the shared audience and
 * {@code client_id} always; {@code kind} {@code CLIENT} for a client-credentials token;
 * for a user, {@code kind}, {@code name} and either {@code staff_id} and {@code roles}
 * (staff) or {@code crm_id} (customer), read from the account when the token is made, so
 * a changed role shows in the next token. Spring Authorization Server already sets
 * {@code iss}, {@code sub}, {@code aud} (the client id), {@code scope}, {@code iat},
 * {@code nbf}, {@code exp} and {@code jti}.
 */
@Component
public class ServiceDeskClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private final Accounts accounts;

	private final TokenProperties properties;

	public ServiceDeskClaims(Accounts accounts, TokenProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			return;
		}
		JwtClaimsSet.Builder claims = context.getClaims();
		String clientId = context.getRegisteredClient().getClientId();
		claims.audience(List.of(clientId, properties.audience()));
		claims.claim(ClaimNames.CLIENT_ID, clientId);
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			claims.claim(ClaimNames.KIND, ClaimNames.KIND_CLIENT);
			return;
		}
		Account account = accounts.find(context.getPrincipal().getName())
			.orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_GRANT));
		claims.claim(ClaimNames.KIND, account.kind().name());
		claims.claim(ClaimNames.NAME, account.displayName());
		if (account.kind() == AccountKind.STAFF) {
			claims.claim(ClaimNames.STAFF_ID, account.staffId());
			claims.claim(ClaimNames.ROLES, account.roles().stream().map(Role::name).sorted().toList());
		}
		else {
			claims.claim(ClaimNames.CRM_ID, account.crmId());
		}
	}

}
