package cn.aode.servicedesk.auth.account;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account after {@link LockoutProperties#maxFailures()} wrong passwords in a
 * row, so a password cannot be guessed online; a successful login forgets earlier
 * failures. While locked, {@link AccountUserDetailsService} reports the account locked
 * and even the right password is refused. Only password logins count: client and
 * bearer-token authentications raise the same events and are ignored here.
 */
@Component
public class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final Accounts accounts;

	private final LockoutProperties lockout;

	private final Clock clock;

	public LoginThrottle(Accounts accounts, LockoutProperties lockout, Clock clock) {
		this.accounts = accounts;
		this.lockout = lockout;
		this.clock = clock;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
			log.info("Wrong password for {}", attempt.getName());
			accounts.recordFailure(attempt.getName(), lockout.maxFailures(), clock.instant().plus(lockout.duration()));
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login) {
			accounts.recordSuccess(login.getName());
		}
	}

}
