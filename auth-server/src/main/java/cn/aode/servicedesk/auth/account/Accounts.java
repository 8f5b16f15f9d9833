package cn.aode.servicedesk.auth.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code account} and {@code account_role} tables. */
@Repository
public class Accounts {

	private final JdbcClient jdbc;

	public Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The account with its roles, if it exists. */
	public Optional<Account> find(String username) {
		return find(username, "");
	}

	/**
	 * The account with its roles, its row locked until the transaction ends, so that
	 * concurrent changes to it (and the login throttle) wait their turn.
	 */
	public Optional<Account> findForUpdate(String username) {
		return find(username, " FOR UPDATE");
	}

	/** The username of the account acting as this staff id, if any. */
	public Optional<String> usernameOfStaffId(String staffId) {
		return jdbc.sql("SELECT username FROM account WHERE staff_id = ?")
			.param(staffId)
			.query(String.class)
			.optional();
	}

	private Optional<Account> find(String username, String lock) {
		record Row(String username, String passwordHash, AccountKind kind, @Nullable String staffId,
				@Nullable String crmId, String displayName, boolean enabled, @Nullable Instant lockedUntil) {
		}
		Optional<Row> found = jdbc.sql("""
				SELECT username, password_hash, kind, staff_id, crm_id, display_name, enabled, locked_until
				FROM account WHERE username = ?""" + lock).param(username).query((rs, row) -> {
			Timestamp lockedUntil = rs.getTimestamp("locked_until");
			return new Row(rs.getString("username"), rs.getString("password_hash"),
					AccountKind.valueOf(rs.getString("kind")), rs.getString("staff_id"), rs.getString("crm_id"),
					rs.getString("display_name"), rs.getBoolean("enabled"),
					(lockedUntil != null) ? lockedUntil.toInstant() : null);
		}).optional();
		return found.map((row) -> new Account(row.username(), row.passwordHash(), row.kind(), row.staffId(),
				row.crmId(), row.displayName(), row.enabled(), row.lockedUntil(), roles(username)));
	}

	private Set<Role> roles(String username) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("SELECT role FROM account_role WHERE username = ?")
			.param(username)
			.query(String.class)
			.list()
			.forEach((role) -> roles.add(Role.valueOf(role)));
		return roles;
	}

	/** Stores a new account with its roles; an existing username is left as it is. */
	@Transactional
	public boolean createIfMissing(Account account) {
		int created = jdbc.sql("""
				INSERT INTO account (username, password_hash, kind, staff_id, crm_id, display_name, enabled)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING""")
			.params(account.username(), account.passwordHash(), account.kind().name(), account.staffId(),
					account.crmId(), account.displayName(), account.enabled())
			.update();
		if (created == 0) {
			return false;
		}
		insertRoles(account);
		return true;
	}

	/**
	 * Replaces an existing account's password hash, identity, name, enabled flag and
	 * roles (its kind stays); {@code unlock} also lifts a lockout and forgets failed
	 * logins. Call it with the row locked ({@link #findForUpdate}).
	 */
	@Transactional
	public void update(Account account, boolean unlock) {
		jdbc.sql("""
				UPDATE account SET password_hash = :hash, staff_id = :staffId, crm_id = :crmId,
				  display_name = :displayName, enabled = :enabled,
				  locked_until = CASE WHEN :unlock THEN NULL ELSE locked_until END,
				  failed_logins = CASE WHEN :unlock THEN 0 ELSE failed_logins END
				WHERE username = :username AND kind = :kind""")
			.param("hash", account.passwordHash())
			.param("staffId", account.staffId())
			.param("crmId", account.crmId())
			.param("displayName", account.displayName())
			.param("enabled", account.enabled())
			.param("unlock", unlock)
			.param("username", account.username())
			.param("kind", account.kind().name())
			.update();
		jdbc.sql("DELETE FROM account_role WHERE username = ?").param(account.username()).update();
		insertRoles(account);
	}

	private void insertRoles(Account account) {
		for (Role role : account.roles()) {
			jdbc.sql("INSERT INTO account_role (username, role) VALUES (?, ?)")
				.params(account.username(), role.name())
				.update();
		}
	}

	/**
	 * Counts a failed login in one statement, so concurrent failures are all counted: the
	 * one that reaches {@code maxFailures} locks the account until {@code lockUntil} and
	 * starts the count again.
	 */
	public void recordFailure(String username, int maxFailures, Instant lockUntil) {
		jdbc.sql("""
				UPDATE account SET
				  locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END,
				  failed_logins = CASE WHEN failed_logins + 1 >= :max THEN 0 ELSE failed_logins + 1 END
				WHERE username = :username""")
			.param("max", maxFailures)
			.param("until", Timestamp.from(lockUntil))
			.param("username", username)
			.update();
	}

	/** Forgets earlier failed logins after a successful one. */
	public void recordSuccess(String username) {
		jdbc.sql("UPDATE account SET failed_logins = 0 WHERE username = ? AND failed_logins > 0")
			.param(username)
			.update();
	}

}
