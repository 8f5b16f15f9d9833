package cn.aode.servicedesk.auth.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

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
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("SELECT role FROM account_role WHERE username = ?")
			.param(username)
			.query(String.class)
			.list()
			.forEach((role) -> roles.add(Role.valueOf(role)));
		return jdbc.sql("""
				SELECT username, password_hash, kind, staff_id, crm_id, display_name, enabled, locked_until
				FROM account WHERE username = ?""").param(username).query((rs, row) -> {
			Timestamp lockedUntil = rs.getTimestamp("locked_until");
			return new Account(rs.getString("username"), rs.getString("password_hash"),
					AccountKind.valueOf(rs.getString("kind")), rs.getString("staff_id"), rs.getString("crm_id"),
					rs.getString("display_name"), rs.getBoolean("enabled"),
					(lockedUntil != null) ? lockedUntil.toInstant() : null, roles);
		}).optional();
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
		for (Role role : account.roles()) {
			jdbc.sql("INSERT INTO account_role (username, role) VALUES (?, ?)")
				.params(account.username(), role.name())
				.update();
		}
		return true;
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
