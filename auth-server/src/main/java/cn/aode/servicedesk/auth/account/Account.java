package cn.aode.servicedesk.auth.account;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One login: a member of staff acting as a specialist-service staff id, or a customer
 * acting for exactly one CRM customer.
 *
 * @param username the login name (for staff, the staff id)
 * @param passwordHash the delegating encoder's hash, {@code {bcrypt}...}
 * @param kind staff or customer
 * @param staffId for staff, the specialist-service staff id
 * @param crmId for customers, the CRM customer id
 * @param displayName the name shown to people, carried as {@code name}
 * @param enabled false refuses every login
 * @param lockedUntil set by the login throttle; logins fail until then
 * @param roles for staff, what they may do; empty for customers
 */
public record Account(String username, String passwordHash, AccountKind kind, @Nullable String staffId,
		@Nullable String crmId, String displayName, boolean enabled, @Nullable Instant lockedUntil, Set<Role> roles) {

	public Account {
		roles = Set.copyOf(roles);
		if (kind == AccountKind.STAFF && (staffId == null || crmId != null)) {
			throw new IllegalArgumentException("A staff account names a staff id and no CRM id: " + username);
		}
		if (kind == AccountKind.CUSTOMER && (crmId == null || staffId != null || !roles.isEmpty())) {
			throw new IllegalArgumentException(
					"A customer account names one CRM id, no staff id, no roles: " + username);
		}
	}

	/** A member of staff whose username is the staff id. */
	public static Account staff(String staffId, String passwordHash, String displayName, Set<Role> roles) {
		return new Account(staffId, passwordHash, AccountKind.STAFF, staffId, null, displayName, true, null, roles);
	}

	/** A customer acting for one CRM customer. */
	public static Account customer(String username, String crmId, String passwordHash, String displayName) {
		return new Account(username, passwordHash, AccountKind.CUSTOMER, null, crmId, displayName, true, null,
				Set.of());
	}

	/** Whether the throttle's lock still holds at the given instant. */
	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

}
