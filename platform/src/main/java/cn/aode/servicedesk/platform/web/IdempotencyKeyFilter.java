package cn.aode.servicedesk.platform.web;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

import cn.aode.servicedesk.platform.problem.ProblemResponses;

/**
 * Makes creating POSTs safe to retry: a request with an {@value #HEADER} is answered
 * once, and a retry with the same key and body gets the same answer again (marked
 * {@value #REPLAYED}) instead of creating a second case. The same key with another body
 * is refused (422); a retry while the first is still running gets 409. Failed answers are
 * not kept, so the client may retry them. Keys belong to the caller (the token's
 * subject): two callers never see each other's answers. Keys are kept for a day.
 */
@Order(IdempotencyKeyFilter.ORDER)
public class IdempotencyKeyFilter extends OncePerRequestFilter {

	/**
	 * After Spring Security's filter chain (order -100): a replay is only for the caller
	 * whose token was validated, and keys are scoped per caller.
	 */
	static final int ORDER = -90;

	public static final String HEADER = "Idempotency-Key";

	public static final String REPLAYED = "Idempotent-Replayed";

	private static final Duration KEPT_FOR = Duration.ofDays(1);

	/**
	 * A first request that has not answered within this time is taken as lost (its
	 * process died).
	 */
	private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

	/**
	 * Creating requests are small; a larger body under a key is refused rather than held
	 * in memory.
	 */
	private static final int MAX_BODY_BYTES = 1024 * 1024;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	public IdempotencyKeyFilter(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER).trim();
		if (key.isEmpty() || key.length() > 128) {
			problem(response, HttpStatus.BAD_REQUEST, "idempotency-key", "Invalid Idempotency-Key",
					"An Idempotency-Key has 1 to 128 characters.");
			return;
		}
		String path = request.getRequestURI();
		if (path.length() > 500) {
			problem(response, HttpStatus.BAD_REQUEST, "idempotency-key", "Path too long",
					"Idempotent requests are accepted on paths of up to 500 characters.");
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			problem(response, HttpStatus.CONTENT_TOO_LARGE, "idempotency-key", "Body too large",
					"Requests with an Idempotency-Key carry at most 1 MiB.");
			return;
		}
		String hash = sha256(body);
		String caller = caller();
		int reserved;
		try {
			// one statement: a new key is reserved, an abandoned reservation taken over,
			// anything else left
			Instant now = clock.instant();
			reserved = jdbc
				.sql("insert into idempotent_request (caller, idempotency_key, method, path, request_hash, created_at)"
						+ " values (?, ?, 'POST', ?, ?, ?) on conflict (caller, idempotency_key, method, path)"
						+ " do update set request_hash = excluded.request_hash, created_at = excluded.created_at"
						+ " where idempotent_request.status is null and idempotent_request.created_at < ?")
				.params(caller, key, path, hash, Timestamp.from(now), Timestamp.from(now.minus(ABANDONED_AFTER)))
				.update();
		}
		catch (DataAccessException ex) {
			problem(response, HttpStatus.SERVICE_UNAVAILABLE, "idempotency-store", "Try again",
					"The request could not be registered for safe retries right now; try again shortly.");
			return;
		}
		if (reserved == 0) {
			answerAgain(caller, key, path, hash, response);
			return;
		}
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(new CachedBodyRequest(request, body), recorded);
			if (recorded.getStatus() < 400) {
				jdbc.sql("update idempotent_request set status = ?, content_type = ?, location = ?, etag = ?, body = ?"
						+ " where caller = ? and idempotency_key = ? and method = 'POST' and path = ?")
					.params(recorded.getStatus(), recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
							recorded.getHeader(HttpHeaders.ETAG), recorded.getContentAsByteArray(), caller, key, path)
					.update();
				kept = true;
			}
		}
		finally {
			if (!kept) {
				jdbc.sql("delete from idempotent_request where caller = ? and idempotency_key = ? and method = 'POST'"
						+ " and path = ?")
					.params(caller, key, path)
					.update();
			}
			recorded.copyBodyToResponse();
		}
	}

	private static String caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "" : authentication.getName();
	}

	private void answerAgain(String caller, String key, String path, String hash, HttpServletResponse response)
			throws IOException {
		Optional<Stored> stored = jdbc
			.sql("select request_hash, status, content_type, location, etag, body from idempotent_request"
					+ " where caller = ? and idempotency_key = ? and method = 'POST' and path = ?")
			.params(caller, key, path)
			.query((rs, row) -> new Stored(rs.getString("request_hash"), (Integer) rs.getObject("status"),
					rs.getString("content_type"), rs.getString("location"), rs.getString("etag"), rs.getBytes("body")))
			.optional();
		if (stored.isEmpty()) {
			problem(response, HttpStatus.CONFLICT, "idempotency-in-progress", "Request in progress",
					"A request with this Idempotency-Key was just answered with an error; retry it.");
			return;
		}
		Stored previous = stored.get();
		if (!previous.requestHash().equals(hash)) {
			problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency-Key reused",
					"This Idempotency-Key was used for a different request; use a new key for a new request.");
			return;
		}
		if (previous.status() == null) {
			problem(response, HttpStatus.CONFLICT, "idempotency-in-progress", "Request in progress",
					"The first request with this Idempotency-Key is still being handled; retry shortly.");
			return;
		}
		response.setStatus(previous.status());
		response.setHeader(REPLAYED, "true");
		if (previous.contentType() != null) {
			response.setContentType(previous.contentType());
		}
		if (previous.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, previous.location());
		}
		if (previous.etag() != null) {
			response.setHeader(HttpHeaders.ETAG, previous.etag());
		}
		if (previous.body() != null) {
			response.getOutputStream().write(previous.body());
		}
	}

	/** Forgets keys older than a day. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldKeys() {
		jdbc.sql("delete from idempotent_request where created_at < ?")
			.param(Timestamp.from(clock.instant().minus(KEPT_FOR)))
			.update();
	}

	private void problem(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
			throws IOException {
		ProblemResponses.write(response, json, status, type, title, detail);
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Stored(String requestHash, Integer status, String contentType, String location, String etag,
			byte[] body) {
	}

}
