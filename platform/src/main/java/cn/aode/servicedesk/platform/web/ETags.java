package cn.aode.servicedesk.platform.web;

import java.util.function.Function;

import org.springframework.http.ResponseEntity;

import cn.aode.servicedesk.platform.domain.Aggregate;

/**
 * Optimistic-lock versions as HTTP entity tags: responses carry {@code ETag: "3"},
 * changing requests may send {@code If-Match: "3"} and get 412 when someone else changed
 * it first.
 */
public final class ETags {

	private ETags() {
	}

	public static String of(Long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version named by an {@code If-Match} header, or null when the header is absent.
	 */
	public static Long parseIfMatch(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
			return null;
		}
		String value = ifMatch.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("If-Match must name a version such as \"3\", not " + ifMatch);
		}
	}

	/** 200 with the aggregate as the API shows it and its version as the ETag. */
	public static <A extends Aggregate<A>, V> ResponseEntity<V> ok(A aggregate, Function<? super A, V> view) {
		return ResponseEntity.ok().eTag(of(aggregate.version())).body(view.apply(aggregate));
	}

	/**
	 * Makes a change from the version the caller saw — the {@code If-Match} header's, or
	 * null when it sent none — and answers as {@link #ok} with the changed aggregate.
	 * @param change the service call, given the expected version
	 */
	public static <A extends Aggregate<A>, V> ResponseEntity<V> change(String ifMatch, Function<Long, A> change,
			Function<? super A, V> view) {
		return ok(change.apply(parseIfMatch(ifMatch)), view);
	}

}
