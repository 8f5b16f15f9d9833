package cn.aode.servicedesk.platform.problem;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Maps every exception a service lets escape to a problem+json answer. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	/** Base of the problem type URIs this system defines. */
	public static final String TYPE_BASE = "urn:servicedesk:problem:";

	/** Seconds a caller is asked to wait when the database is away. */
	static final String RETRY_AFTER_SECONDS = "5";

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
	}

	@ExceptionHandler(RuleViolationException.class)
	ProblemDetail ruleViolation(RuleViolationException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation",
				"Refused by rule " + ex.rule(), ex.getMessage());
		problem.setProperty("rule", ex.rule());
		return problem;
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException ex) {
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "forbidden",
				ex.rule() == null ? "Not allowed" : "Not allowed by rule " + ex.rule(), ex.getMessage());
		if (ex.rule() != null) {
			problem.setProperty("rule", ex.rule());
		}
		return problem;
	}

	/**
	 * Spring Security's refusals raised inside a controller, answered as its filters
	 * would.
	 */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", ex.getMessage());
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail unauthenticated(AuthenticationException ex) {
		return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", ex.getMessage());
	}

	@ExceptionHandler(InvalidStateException.class)
	ProblemDetail invalidState(InvalidStateException ex) {
		return problem(HttpStatus.CONFLICT, "invalid-state", "Not possible in the current state", ex.getMessage());
	}

	@ExceptionHandler(StaleVersionException.class)
	ProblemDetail staleVersion(StaleVersionException ex) {
		return problem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Stale version", ex.getMessage());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "concurrent-change", "Changed by someone else",
				"The resource was changed by another request; reload it and retry.");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail conflict(DataIntegrityViolationException ex) {
		log.info("Refused a write that breaks a constraint: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, "conflict", "Conflict",
				"The request conflicts with existing data (a duplicate or a missing reference).");
	}

	/** Spring Data JDBC wraps what the database said; answer for the cause. */
	@ExceptionHandler(DbActionExecutionException.class)
	ResponseEntity<ProblemDetail> dbAction(DbActionExecutionException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof OptimisticLockingFailureException optimistic) {
			return answer(concurrentChange(optimistic));
		}
		if (cause instanceof DataIntegrityViolationException integrity) {
			return answer(conflict(integrity));
		}
		if (isDatabaseAway(cause)) {
			return databaseAway((Exception) cause);
		}
		return answer(unexpected(ex));
	}

	/**
	 * The database cannot be reached (down, restarting, no connection within the pool's
	 * timeout): the request may succeed later, so 503 with Retry-After rather than 500.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
			CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> databaseAway(Exception ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(databaseAwayProblem(ex));
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * A transaction whose commit or rollback failed: when its connection was lost (the
	 * database went away mid-request) the caller may retry, so 503 as above.
	 */
	@ExceptionHandler(TransactionSystemException.class)
	ResponseEntity<ProblemDetail> transactionFailed(TransactionSystemException ex) {
		if (lostConnection(ex) || lostConnection(ex.getApplicationException())) {
			return databaseAway(ex);
		}
		return answer(unexpected(ex));
	}

	private static boolean isDatabaseAway(Throwable ex) {
		return ex instanceof DataAccessResourceFailureException || ex instanceof TransientDataAccessException
				|| ex instanceof CannotCreateTransactionException;
	}

	/**
	 * Whether the exception or one of its causes says the connection is gone (SQLState
	 * class 08, connection exception, or 57P, operator intervention such as a shutdown).
	 */
	private static boolean lostConnection(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (isDatabaseAway(cause) || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

	private static ProblemDetail databaseAwayProblem(Throwable ex) {
		log.warn("The database is not reachable: {}", ex.getMessage());
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
				"The service cannot reach its database right now; please try again shortly.");
	}

	/**
	 * Constraint checks outside Spring MVC's own method validation (e.g.
	 * {@code @Validated} services).
	 */
	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
				"Some values are missing or invalid.");
		problem.setProperty("errors",
				ex.getConstraintViolations()
					.stream()
					.map(violation -> Map.<String, Object>of("field", violation.getPropertyPath().toString(), "message",
							violation.getMessage()))
					.toList());
		return problem;
	}

	/**
	 * A value the domain cannot take (e.g. an unparsable limit, a date outside the
	 * calendar).
	 */
	@ExceptionHandler({ IllegalArgumentException.class, DateTimeException.class, ArithmeticException.class })
	ProblemDetail illegalArgument(RuntimeException ex) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-value", "Invalid value", ex.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
				"The request could not be completed; the error has been logged.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
				"Some fields are missing or invalid.");
		List<Map<String, Object>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ProblemDetailsAdvice::fieldError)
			.toList();
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * A constraint on a path variable or parameter, together with the body's fields when
	 * both are validated (Spring's built-in method validation): each error with the field
	 * or parameter it concerns.
	 */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
				"Some fields or parameters are missing or invalid.");
		List<Map<String, Object>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.<String, Object>of("field",
						(error instanceof FieldError field) ? field.getField()
								: String.valueOf(result.getMethodParameter().getParameterName()),
						"message", error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage())))
			.toList();
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * Says what in the body could not be read (first line of the parser's message), never
	 * a stack trace.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		String reason = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable", "Unreadable request body",
				"The body is not valid JSON for this request" + (reason.isBlank() ? "." : ": " + reason));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * A path variable or parameter of the wrong type (an unknown enum code, a bad UUID):
	 * says which one and, for an enum, the codes it takes.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException argument) ? argument.getName()
				: ex.getPropertyName();
		Class<?> type = ex.getRequiredType();
		String codes = (type != null && type.isEnum()) ? "; one of " + Arrays.toString(type.getEnumConstants()) : "";
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-value", "Invalid value",
				name + " cannot be '" + ex.getValue() + "'" + codes);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static Map<String, Object> fieldError(FieldError error) {
		return Map.of("field", error.getField(), "message",
				error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage());
	}

	static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

}
