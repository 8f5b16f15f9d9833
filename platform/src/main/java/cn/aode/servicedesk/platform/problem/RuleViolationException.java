package cn.aode.servicedesk.platform.problem;

/**
 * A policy rule refuses the request: answered with 422 and the rule's ID (e.g.
 * {@code APT-7}) so a front end can tell the user which rule applies.
 */
public class RuleViolationException extends RuntimeException {

	private final String rule;

	public RuleViolationException(String rule, String message) {
		super(message);
		this.rule = rule;
	}

	public String rule() {
		return rule;
	}

}
