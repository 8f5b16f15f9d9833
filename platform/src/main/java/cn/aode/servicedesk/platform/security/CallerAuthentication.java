package cn.aode.servicedesk.platform.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A validated token with the {@link Caller} read from it once, for every part of the
 * request that needs to know who is calling (access, controllers, the audit trail).
 */
public final class CallerAuthentication extends JwtAuthenticationToken {

	private final Caller caller;

	CallerAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, Caller caller) {
		super(jwt, authorities, jwt.getSubject());
		this.caller = caller;
	}

	public Caller caller() {
		return caller;
	}

}
