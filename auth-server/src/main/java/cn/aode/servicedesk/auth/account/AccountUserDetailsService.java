package cn.aode.servicedesk.auth.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Gives Spring Security's form login the accounts. It answers a plain {@link User} (roles
 * as {@code ROLE_*} authorities) because the authorization server stores the logged-in
 * principal as JSON and reads back only the types Spring Security allows.
 */
@Service
public class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	private final Clock clock;

	public AccountUserDetailsService(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.accountLocked(account.lockedAt(clock.instant()))
			.roles(account.roles().stream().map(Role::name).toArray(String[]::new))
			.build();
	}

}
