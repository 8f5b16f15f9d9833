package cn.aode.servicedesk.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.jwt.Jwt;

import cn.aode.servicedesk.platform.problem.ForbiddenException;

/**
 * Who sent the request, as the validated token says: a staff member with their roles, a
 * customer with their CRM id, or a system client (the CRM, operations). Controllers take
 * actors such as "answered by" from here, never from the request body.
 *
 * @param subject the token's subject (a user name, or the client id for a client)
 * @param kind staff, customer or client
 * @param staffId the staff member's id (staff only)
 * @param crmId the customer's CRM id (customers only)
 * @param roles the staff member's roles
 * @param clientId the OAuth client the token was issued to
 * @param scopes the token's scopes
 */
public record Caller(String subject, Kind kind, String staffId, String crmId, Set<Role> roles, String clientId,
		Set<String> scopes) {

	/** The three kinds of caller the auth-server issues tokens for. */
	public enum Kind {

		STAFF, CUSTOMER, CLIENT

	}

	public Caller {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		scopes = Set.copyOf(scopes);
	}

	/**
	 * Reads the claims the auth-server writes: {@code kind}, {@code staff_id},
	 * {@code crm_id}, {@code roles}, {@code client_id}, {@code scope}. Role names this
	 * service does not know are ignored.
	 */
	public static Caller of(Jwt jwt) {
		Kind kind = kindOf(jwt.getClaimAsString("kind"));
		List<String> roleNames = jwt.hasClaim("roles") ? jwt.getClaimAsStringList("roles") : List.of();
		Set<Role> roles = roleNames.stream()
			.filter(name -> Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name)))
			.map(Role::valueOf)
			.collect(Collectors.toSet());
		return new Caller(jwt.getSubject(), kind, kind == Kind.STAFF ? jwt.getClaimAsString("staff_id") : null,
				kind == Kind.CUSTOMER ? jwt.getClaimAsString("crm_id") : null, kind == Kind.STAFF ? roles : Set.of(),
				jwt.getClaimAsString("client_id"), scopesOf(jwt));
	}

	private static Kind kindOf(String claim) {
		if (claim == null) {
			return Kind.CLIENT;
		}
		return switch (claim) {
			case "STAFF" -> Kind.STAFF;
			case "CUSTOMER" -> Kind.CUSTOMER;
			default -> Kind.CLIENT;
		};
	}

	private static Set<String> scopesOf(Jwt jwt) {
		Object scope = jwt.getClaim("scope");
		if (scope instanceof String text) {
			return Set.of(text.trim().isEmpty() ? new String[0] : text.trim().split("\\s+"));
		}
		if (scope instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).collect(Collectors.toSet());
		}
		return Set.of();
	}

	public boolean isStaff() {
		return kind == Kind.STAFF && staffId != null;
	}

	public boolean isCustomer() {
		return kind == Kind.CUSTOMER && crmId != null;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/**
	 * The staff member acting, for fields such as "received by" or "answered by"; 403 for
	 * a customer or a system client.
	 */
	public String staffMember() {
		if (!isStaff()) {
			throw new ForbiddenException(null, "Only a staff member can do this; the caller is " + describe() + ".");
		}
		return staffId;
	}

	/**
	 * The staff member acting, who must hold one of the roles the rule names; 403 with
	 * the rule's ID (if a rule names who may) otherwise.
	 */
	public String staffMemberWith(String rule, Role... anyOf) {
		String member = staffMember();
		if (Arrays.stream(anyOf).noneMatch(this::has)) {
			throw new ForbiddenException(rule, (rule == null ? "" : rule + ": ") + "only " + Arrays.toString(anyOf)
					+ " may do this; " + member + " holds " + (roles.isEmpty() ? "no role" : roles.toString()) + ".");
		}
		return member;
	}

	/**
	 * Who acted, as audit trails and records name them: the staff id, the customer's CRM
	 * id, or the client.
	 */
	public String actor() {
		return switch (kind) {
			case STAFF -> staffId == null ? subject : staffId;
			case CUSTOMER -> "customer:" + (crmId == null ? subject : crmId);
			case CLIENT -> "client:" + (clientId == null ? subject : clientId);
		};
	}

	private String describe() {
		return switch (kind) {
			case STAFF -> "a staff token without a staff id";
			case CUSTOMER -> "a customer";
			case CLIENT -> "the client " + (clientId == null ? subject : clientId);
		};
	}

}
