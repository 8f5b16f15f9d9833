package cn.aode.servicedesk.gateway;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.resource.NoResourceFoundException;

/**
 * Answers a path that no route and no endpoint of the gateway owns with the service
 * desk's 404 problem, instead of WebFlux's "no static resource" (other framework errors
 * are problem+json through {@code spring.webflux.problemdetails.enabled}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPathAdvice {

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> unknownPath(ServerHttpRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No service of the service desk answers " + request.getPath().value() + ".");
		problem.setType(URI.create("urn:servicedesk:problem:not-found"));
		problem.setTitle("Not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
