package cn.aode.servicedesk.platform.security;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which kind of caller reaches a path: staff reach every protected path (rules then check
 * their roles), a customer only the customer paths, a system client only the paths of its
 * scopes.
 */
final class CallerAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private final List<RequestMatcher> customerPaths;

	private final Map<String, List<RequestMatcher>> clientPaths;

	CallerAccess(ServiceSecurityProperties properties) {
		this.customerPaths = matchers(properties.customerPaths());
		this.clientPaths = properties.clientPaths()
			.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> matchers(entry.getValue())));
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		if (!(authentication.get() instanceof CallerAuthentication token)) {
			return new AuthorizationDecision(false);
		}
		Caller caller = token.caller();
		boolean granted = switch (caller.kind()) {
			case STAFF -> caller.isStaff();
			case CUSTOMER -> caller.isCustomer() && matchesAny(customerPaths, context);
			case CLIENT -> caller.scopes()
				.stream()
				.anyMatch(scope -> matchesAny(clientPaths.getOrDefault(scope, List.of()), context));
		};
		return new AuthorizationDecision(granted);
	}

	private static boolean matchesAny(List<RequestMatcher> matchers, RequestAuthorizationContext context) {
		return matchers.stream().anyMatch(matcher -> matcher.matches(context.getRequest()));
	}

	/** {@code "GET /api/v1/x/**"} or {@code "/api/v1/x/**"} (every method). */
	static List<RequestMatcher> matchers(List<String> paths) {
		return paths.stream().map(CallerAccess::matcher).toList();
	}

	private static RequestMatcher matcher(String entry) {
		String[] parts = entry.trim().split("\\s+", 2);
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return parts.length == 2 ? paths.matcher(HttpMethod.valueOf(parts[0]), parts[1]) : paths.matcher(parts[0]);
	}

}
