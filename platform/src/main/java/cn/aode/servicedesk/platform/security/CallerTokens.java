package cn.aode.servicedesk.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a validated token into Spring Security authorities: {@code KIND_STAFF},
 * {@code ROLE_GENERAL_MANAGER}, {@code SCOPE_ops}, ...
 */
final class CallerTokens implements Converter<Jwt, AbstractAuthenticationToken> {

	static final String KIND = "KIND_";

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Caller caller = Caller.of(jwt);
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(KIND + caller.kind().name()));
		caller.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
		caller.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
		return new CallerAuthentication(jwt, authorities, caller);
	}

}
