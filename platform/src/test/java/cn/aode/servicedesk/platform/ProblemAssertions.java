package cn.aode.servicedesk.platform;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.aode.servicedesk.platform.problem.ProblemDetailsAdvice;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that an answer is an RFC 9457 problem of the platform's kind. */
public final class ProblemAssertions {

	private ProblemAssertions() {
	}

	/**
	 * The answer has this status, is {@code application/problem+json} and names the
	 * problem type (e.g. {@code stale-version}).
	 */
	public static void assertProblem(MvcTestResult result, HttpStatus status, String type) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(ProblemDetailsAdvice.TYPE_BASE + type);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
	}

}
