package cn.aode.servicedesk.platform.audit;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.security.CallerAuthentication;

/**
 * Records every authenticated POST, PUT, PATCH and DELETE with its answer once it is
 * answered. The entry is written after the change's own transaction, so a failed
 * write of the trail is logged and never undoes or blocks the change.
 */
@Order(AuditTrail.ORDER)
public class AuditTrail extends OncePerRequestFilter {

	/** After Spring Security's chain (-100) and the idempotency filter (-90). */
	static final int ORDER = -80;

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	public AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return switch (request.getMethod()) {
			case "POST", "PUT", "PATCH", "DELETE" -> false;
			default -> true;
		};
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication instanceof CallerAuthentication token) {
				record(token.caller(), request, response.getStatus());
			}
		}
	}

	private void record(Caller caller, HttpServletRequest request, int status) {
		String path = request.getRequestURI();
		try {
			jdbc.sql("insert into audit_entry (at, actor, subject, client_id, method, path, status, request_id)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(Timestamp.from(clock.instant()), caller.actor(), caller.subject(), caller.clientId(),
						request.getMethod(), path.length() > 500 ? path.substring(0, 500) : path, status,
						MDC.get("requestId"))
				.update();
		}
		catch (DataAccessException ex) {
			log.error("Audit entry lost: {} {} {} by {} ({})", request.getMethod(), path, status, caller.actor(),
					ex.getMessage());
		}
	}

}
