package cn.aode.servicedesk.auth.account.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import cn.aode.servicedesk.auth.account.AccountConflictException;
import cn.aode.servicedesk.auth.account.AccountNotFoundException;
import cn.aode.servicedesk.auth.account.FieldProblem;
import cn.aode.servicedesk.auth.account.InvalidAccountException;

/**
 * Answers the account API's refusals as RFC 9457 problem+json, naming the fields in
 * {@code errors} the way the other services do; anything else falls through to Spring
 * Boot's problem details.
 */
@RestControllerAdvice(assignableTypes = AccountController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AccountProblems {

	private static final String TYPE_BASE = "urn:servicedesk:problem:";

	@ExceptionHandler(InvalidAccountException.class)
	ProblemDetail invalid(InvalidAccountException ex) {
		return withErrors(
				problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", "Some fields are missing or invalid."),
				ex.problems());
	}

	@ExceptionHandler(AccountConflictException.class)
	ProblemDetail conflict(AccountConflictException ex) {
		return withErrors(problem(HttpStatus.CONFLICT, "conflict", "Conflict", ex.getMessage() + "."),
				List.of(ex.problem()));
	}

	@ExceptionHandler(AccountNotFoundException.class)
	ProblemDetail notFound(AccountNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage() + ".");
	}

	/**
	 * A body that is not JSON, or a value of the wrong type (an unknown kind or role):
	 * names the field and, for an enum, the values it takes.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable", "Unreadable request body",
				"The body is not valid JSON for an account.");
		if (ex.getMostSpecificCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = jackson.getPath()
				.stream()
				.map((step) -> (step.getPropertyName() != null) ? step.getPropertyName() : "[" + step.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			Class<?> type = (jackson instanceof MismatchedInputException mismatch) ? mismatch.getTargetType() : null;
			String message = (type != null && type.isEnum())
					? "must be one of " + Arrays.toString(type.getEnumConstants()) : "has the wrong type";
			withErrors(problem, List.of(new FieldProblem(field, message)));
		}
		return problem;
	}

	private static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
		problem.setProperty("errors",
				errors.stream().map((error) -> Map.of("field", error.field(), "message", error.message())).toList());
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

}
