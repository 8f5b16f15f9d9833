package cn.aode.servicedesk.auth.account;

import java.util.List;

/** An account request with missing or invalid fields: answered with 400. */
public class InvalidAccountException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidAccountException(List<FieldProblem> problems) {
		super("Invalid account request: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
