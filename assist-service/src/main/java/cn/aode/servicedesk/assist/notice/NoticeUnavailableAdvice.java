package cn.aode.servicedesk.assist.notice;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A consultation notice-service's catalogue cannot answer answers 503 problem+json with
 * Retry-After, not a 500: nothing was recorded, the helper asks again shortly. Ordered
 * before the platform's catch-all so that it is the one that answers.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NoticeUnavailableAdvice {

	@ExceptionHandler(NoticeUnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(NoticeUnavailableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				ex.getMessage() + "; try again shortly");
		problem.setType(URI.create("urn:servicedesk:problem:dependency-unavailable"));
		problem.setTitle("notice-service unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "30")
			.body(problem);
	}

}
