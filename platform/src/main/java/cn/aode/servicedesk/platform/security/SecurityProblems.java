package cn.aode.servicedesk.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.platform.problem.ProblemResponses;

/**
 * Answers a missing or bad token (401, with the RFC 6750 {@code WWW-Authenticate} header)
 * and a caller who may not reach a path (403) as problem+json, like every other error of
 * the service.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final BearerTokenAccessDeniedHandler denial = new BearerTokenAccessDeniedHandler();

	private final JsonMapper json;

	SecurityProblems(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		challenge.commence(request, response, ex);
		write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
				request.getHeader("Authorization") == null ? "This needs a bearer token from the auth-server."
						: "The bearer token is not valid here: " + ex.getMessage());
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		denial.handle(request, response, ex);
		write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
				"This caller may not " + request.getMethod() + " " + request.getRequestURI() + ".");
	}

	private void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
			throws IOException {
		ProblemResponses.write(response, json, status, type, title, detail);
	}

}
