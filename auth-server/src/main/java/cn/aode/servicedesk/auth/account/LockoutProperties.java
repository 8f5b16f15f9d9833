package cn.aode.servicedesk.auth.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many wrong passwords in a row lock an account, and for how long
 * ({@code servicedesk.auth.lockout.*}).
 *
 * @param maxFailures failed logins that lock the account
 * @param duration how long the lock holds
 */
@ConfigurationProperties("servicedesk.auth.lockout")
public record LockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {

	public LockoutProperties {
		if (maxFailures < 1 || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(
					"servicedesk.auth.lockout needs max-failures >= 1 and a positive duration");
		}
	}

}
