package cn.aode.servicedesk.auth.account;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many wrong passwords in a row lock an account, and for how long
 * ({@code servicedesk.auth.lockout.*}).
 *
 * @param maxFailures failed logins that lock the account
 * @param duration how long the lock holds
 */
@ConfigurationProperties("servicedesk.auth.lockout")
@Validated
public record LockoutProperties(@DefaultValue("5") @Min(1) int maxFailures, @DefaultValue("15m") Duration duration) {

	public LockoutProperties {
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("servicedesk.auth.lockout.duration must be positive: " + duration);
		}
	}

}
