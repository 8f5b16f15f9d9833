package cn.aode.servicedesk.auth.account;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provisions accounts for operations, so staff stay in line with specialist-service's
 * staff ids and roles and each customer account with its CRM id (ADR 9). Passwords are
 * hashed with the delegating encoder and never given back.
 */
@Service
public class AccountService {

	private static final Logger log = LoggerFactory.getLogger(AccountService.class);

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	public AccountService(Accounts accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Creates the account or brings an existing one in line with the change; answers the
	 * stored account and whether it was created.
	 */
	@Transactional
	public Provisioned provision(String username, AccountChange change) {
		Optional<Account> existing = accounts.findForUpdate(username);
		if (change.staffId() != null) {
			accounts.usernameOfStaffId(change.staffId())
				.filter((owner) -> !owner.equals(username))
				.ifPresent((owner) -> {
					throw new AccountConflictException("staffId", "is already the staff id of account " + owner);
				});
		}
		if (existing.isEmpty()) {
			create(username, change);
			log.info("Created {} account {}", change.kind(), username);
		}
		else {
			update(existing.get(), change);
			log.info("Updated {} account {}{}", change.kind(), username, change.unlock() ? " and lifted its lock" : "");
		}
		Account stored = accounts.find(username).orElseThrow();
		return new Provisioned(stored, existing.isEmpty());
	}

	/** The account with this username. */
	@Transactional(readOnly = true)
	public Account get(String username) {
		return accounts.find(username).orElseThrow(() -> new AccountNotFoundException(username));
	}

	private void create(String username, AccountChange change) {
		if (change.password() == null) {
			throw new InvalidAccountException(
					List.of(new FieldProblem("password", "is required when the account is created")));
		}
		Account account = new Account(username, passwordEncoder.encode(change.password()), change.kind(),
				change.staffId(), change.crmId(), change.displayName(), change.enabled(), null, change.roles());
		if (!accounts.createIfMissing(account)) {
			throw new AccountConflictException("username", "was created by a concurrent request; send it again");
		}
	}

	private void update(Account existing, AccountChange change) {
		if (existing.kind() != change.kind()) {
			throw new AccountConflictException("kind", "cannot change; the account is " + existing.kind());
		}
		String hash = (change.password() != null) ? passwordEncoder.encode(change.password()) : existing.passwordHash();
		accounts.update(
				new Account(existing.username(), hash, change.kind(), change.staffId(), change.crmId(),
						change.displayName(), change.enabled(), existing.lockedUntil(), change.roles()),
				change.unlock());
	}

	/**
	 * The outcome of {@link #provision}.
	 *
	 * @param account the account as stored now
	 * @param created whether it did not exist before
	 */
	public record Provisioned(Account account, boolean created) {

	}

}
