package cn.aode.servicedesk.platform.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.relational.core.conversion.DbAction;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static cn.aode.servicedesk.platform.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class ProblemDetailsAdviceTests {

	private final FailingController controller = new FailingController();

	private final MockMvcTester mvc = MockMvcTester.of(controller, new ProblemDetailsAdvice());

	@Test
	@DisplayName("A lost or refused database connection answers 503 service-unavailable with Retry-After, not 500")
	void databaseAwayIsServiceUnavailable() {
		assertUnavailable(() -> new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new SQLException("Connection refused", "08001")));
		assertUnavailable(() -> new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
				new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms")));
		assertUnavailable(() -> new DataAccessResourceFailureException("terminating connection due to administrator"));
		assertUnavailable(() -> new QueryTimeoutException("canceling statement due to statement timeout"));
	}

	@Test
	@DisplayName("A lost connection wrapped by Spring Data JDBC also answers 503")
	void wrappedDatabaseAwayIsServiceUnavailable() {
		assertUnavailable(() -> new DbActionExecutionException(mock(DbAction.class),
				new DataAccessResourceFailureException("An I/O error occurred while sending to the backend")));
	}

	@Test
	@DisplayName("A rollback that fails because the database went away mid-request answers 503")
	void rollbackOnALostConnectionIsServiceUnavailable() {
		assertUnavailable(() -> new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed", "08003")));
	}

	@Test
	@DisplayName("A failed commit for any other reason is still a 500")
	void otherTransactionFailuresAreInternalErrors() {
		controller.failure = () -> new TransactionSystemException("JDBC commit failed",
				new SQLException("serialization failure", "40001"));

		assertProblem(mvc.post().uri("/fail").exchange(), HttpStatus.INTERNAL_SERVER_ERROR, "internal");
	}

	@Test
	@DisplayName("A broken constraint wrapped by Spring Data JDBC still answers 409")
	void wrappedConstraintIsStillAConflict() {
		controller.failure = () -> new DbActionExecutionException(mock(DbAction.class),
				new DataIntegrityViolationException("duplicate key"));

		assertProblem(mvc.post().uri("/fail").exchange(), HttpStatus.CONFLICT, "conflict");
	}

	private void assertUnavailable(Supplier<RuntimeException> failure) {
		controller.failure = failure;
		MvcTestResult result = mvc.post().uri("/fail").exchange();
		assertProblem(result, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable");
		assertThat(result).headers().containsHeader(HttpHeaders.RETRY_AFTER);
	}

	@RestController
	static class FailingController {

		private Supplier<RuntimeException> failure;

		@PostMapping("/fail")
		void fail() {
			throw failure.get();
		}

	}

}
