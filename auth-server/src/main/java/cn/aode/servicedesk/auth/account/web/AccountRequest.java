package cn.aode.servicedesk.auth.account.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import cn.aode.servicedesk.auth.account.AccountChange;
import cn.aode.servicedesk.auth.account.AccountKind;
import cn.aode.servicedesk.auth.account.FieldProblem;
import cn.aode.servicedesk.auth.account.Role;

/**
 * The body of {@code PUT /api/v1/accounts/{username}}: what the account should be.
 *
 * @param kind {@code STAFF} or {@code CUSTOMER}
 * @param staffId required for staff, forbidden for customers
 * @param crmId required for customers, forbidden for staff
 * @param displayName the name shown to people
 * @param roles staff only
 * @param password at least {@value #MIN_PASSWORD_LENGTH} characters; required on create,
 * absent on update keeps the old one
 * @param enabled absent means true
 * @param unlock true lifts a lockout on update
 */
public record AccountRequest(@Nullable AccountKind kind, @Nullable String staffId, @Nullable String crmId,
		@Nullable String displayName, @Nullable Set<Role> roles, @Nullable String password, @Nullable Boolean enabled,
		@Nullable Boolean unlock) {

	static final int MIN_PASSWORD_LENGTH = 12;

	// bcrypt reads no further, and Spring Security refuses longer passwords
	private static final int MAX_PASSWORD_BYTES = 72;

	private static final int MAX_ID_LENGTH = 64;

	private static final int MAX_NAME_LENGTH = 200;

	/** What is missing or invalid, by field; empty when the request may be applied. */
	List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (kind == null) {
			problems.add(new FieldProblem("kind", "is required: STAFF or CUSTOMER"));
		}
		else if (kind == AccountKind.STAFF) {
			requireId(problems, "staffId", staffId, "a STAFF");
			forbid(problems, "crmId", crmId != null, "a STAFF");
		}
		else {
			requireId(problems, "crmId", crmId, "a CUSTOMER");
			forbid(problems, "staffId", staffId != null, "a CUSTOMER");
			forbid(problems, "roles", roles != null && !roles.isEmpty(), "a CUSTOMER");
		}
		if (roles != null && roles.contains(null)) {
			problems.add(new FieldProblem("roles", "must not contain null"));
		}
		if (displayName == null || displayName.isBlank()) {
			problems.add(new FieldProblem("displayName", "is required"));
		}
		else if (displayName.length() > MAX_NAME_LENGTH) {
			problems.add(new FieldProblem("displayName", "must be at most " + MAX_NAME_LENGTH + " characters"));
		}
		if (password != null && password.length() < MIN_PASSWORD_LENGTH) {
			problems.add(new FieldProblem("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters"));
		}
		else if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			problems.add(new FieldProblem("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8"));
		}
		return problems;
	}

	/** The change to apply; only after {@link #problems()} found none. */
	AccountChange toChange() {
		return new AccountChange(kind, staffId, crmId, displayName, (roles != null) ? roles : Set.of(), password,
				enabled == null || enabled, unlock != null && unlock);
	}

	@Override
	public String toString() {
		// never the password, should this end up in a log
		return "AccountRequest[kind=" + kind + ", staffId=" + staffId + ", crmId=" + crmId + ", roles=" + roles
				+ ", enabled=" + enabled + ", unlock=" + unlock + "]";
	}

	private static void requireId(List<FieldProblem> problems, String field, @Nullable String value, String kind) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "is required for " + kind + " account"));
		}
		else if (value.length() > MAX_ID_LENGTH) {
			problems.add(new FieldProblem(field, "must be at most " + MAX_ID_LENGTH + " characters"));
		}
	}

	private static void forbid(List<FieldProblem> problems, String field, boolean given, String kind) {
		if (given) {
			problems.add(new FieldProblem(field, "is not allowed for " + kind + " account"));
		}
	}

}
