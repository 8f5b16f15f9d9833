package cn.aode.servicedesk.auth.account.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.aode.servicedesk.auth.account.Account;
import cn.aode.servicedesk.auth.account.AccountKind;
import cn.aode.servicedesk.auth.account.Role;

/**
 * An account as operations see it: never its password or hash.
 *
 * @param username the login name
 * @param kind staff or customer
 * @param staffId for staff, the specialist-service staff id
 * @param crmId for customers, the CRM customer id
 * @param displayName the name shown to people
 * @param roles for staff, sorted by name; empty for customers
 * @param enabled false refuses every login
 * @param lockedUntil until when the login throttle locked the account, if it did
 */
public record AccountView(String username, AccountKind kind, @Nullable String staffId, @Nullable String crmId,
		String displayName, List<Role> roles, boolean enabled, @Nullable Instant lockedUntil) {

	static AccountView of(Account account) {
		return new AccountView(account.username(), account.kind(), account.staffId(), account.crmId(),
				account.displayName(), account.roles().stream().sorted(Comparator.comparing(Role::name)).toList(),
				account.enabled(), account.lockedUntil());
	}

}
