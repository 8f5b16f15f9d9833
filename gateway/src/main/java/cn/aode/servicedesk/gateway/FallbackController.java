package cn.aode.servicedesk.gateway;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a caller gets when a service does not answer or its circuit is open: a 503
 * problem.
 */
@RestController
class FallbackController {

	static final String PATH = "/fallback";

	@RequestMapping(PATH + "/{service}")
	ResponseEntity<ProblemDetail> unavailable(@PathVariable String service) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				service + " is not answering right now; please try again shortly.");
		problem.setType(URI.create("urn:servicedesk:problem:service-unavailable"));
		problem.setTitle("Service unavailable");
		problem.setProperty("service", service);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header("Retry-After", "10")
			.body(problem);
	}

}
