package cn.aode.servicedesk.auth.account;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What operations say an account should be, checked for its shape but not yet against the
 * stored account: staff with their specialist-service staff id and roles, or a customer
 * with their CRM id.
 *
 * @param kind staff or customer; an existing account keeps its kind
 * @param staffId for staff, the specialist-service staff id
 * @param crmId for customers, the CRM customer id
 * @param displayName the name shown to people
 * @param roles for staff, what they may do; empty for customers
 * @param password the new password in clear; absent keeps the stored one (required on
 * create)
 * @param enabled false refuses every login
 * @param unlock true lifts a lockout of an existing account
 */
public record AccountChange(AccountKind kind, @Nullable String staffId, @Nullable String crmId, String displayName,
		Set<Role> roles, @Nullable String password, boolean enabled, boolean unlock) {

	public AccountChange {
		roles = Set.copyOf(roles);
	}

	@Override
	public String toString() {
		// never the password, should this end up in a log
		return "AccountChange[kind=" + kind + ", staffId=" + staffId + ", crmId=" + crmId + ", roles=" + roles
				+ ", enabled=" + enabled + ", unlock=" + unlock + "]";
	}

}
