package cn.aode.servicedesk.platform.problem;

/**
 * The caller is known but may not do this: answered with 403 and, when a policy rule says
 * who may (e.g. {@code APT-7}: the general manager approves a refusal), that rule's ID.
 */
public class ForbiddenException extends RuntimeException {

	private final String rule;

	public ForbiddenException(String rule, String message) {
		super(message);
		this.rule = rule;
	}

	/** The rule that names who may, or {@code null} when no rule does. */
	public String rule() {
		return rule;
	}

}
