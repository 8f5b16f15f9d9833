package cn.aode.servicedesk.auth.account;

/**
 * A well-formed account request that clashes with stored accounts (another account's
 * staff id, a change of kind): answered with 409.
 */
public class AccountConflictException extends RuntimeException {

	private final FieldProblem problem;

	public AccountConflictException(String field, String message) {
		super(field + " " + message);
		this.problem = new FieldProblem(field, message);
	}

	public FieldProblem problem() {
		return problem;
	}

}
