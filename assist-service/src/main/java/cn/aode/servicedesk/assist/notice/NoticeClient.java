package cn.aode.servicedesk.assist.notice;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Calls notice-service (AST-5, AST-6) with a timeout, behind circuit breakers. The
 * catalogue read falls back to the last copy of the matter this instance read (and to
 * {@link NoticeUnavailableException} when it read none); the pre-check, which changes
 * notice-service's state, is sent with an idempotency key (a repeat is answered with the
 * first answer) and falls back to {@link NoticeUnavailableException}, which the help desk
 * turns into a pending case kept for a retry. A matter notice-service does not know is an
 * empty answer, not a failure.
 */
@Component
public class NoticeClient {

	private static final Logger log = LoggerFactory.getLogger(NoticeClient.class);

	private final RestClient client;

	private final CircuitBreaker catalogue;

	private final CircuitBreaker precheck;

	private final Map<String, Matter> lastRead = new ConcurrentHashMap<>();

	NoticeClient(RestClient.Builder builder, CircuitBreakerFactory<?, ?> breakers,
			@Value("${servicedesk.assist.notice.uri:http://localhost:8083}") String uri,
			@Value("${servicedesk.assist.notice.timeout:PT2S}") Duration timeout) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(timeout);
		requests.setReadTimeout(timeout);
		this.client = builder.clone().baseUrl(uri).requestFactory(requests).build();
		this.catalogue = breakers.create("notice-catalogue");
		this.precheck = breakers.create("notice-precheck");
	}

	/**
	 * The current version of a matter, or empty when the catalogue has no such matter.
	 * @throws NoticeUnavailableException when notice-service cannot answer and this
	 * instance never read the matter
	 */
	public Optional<Matter> matter(String code) {
		return catalogue.run(() -> read(code), failure -> {
			Matter last = lastRead.get(code);
			if (last == null) {
				throw new NoticeUnavailableException("notice-service's catalogue is not readable for " + code, failure);
			}
			log.warn("notice-service's catalogue not readable for {} ({}); using the last copy read", code,
					failure.toString());
			return Optional.of(last);
		});
	}

	private Optional<Matter> read(String code) {
		try {
			Matter matter = client.get().uri("/api/v1/matters/{code}", code).retrieve().body(Matter.class);
			lastRead.put(code, matter);
			return Optional.of(matter);
		}
		catch (HttpClientErrorException.NotFound unknown) {
			return Optional.empty();
		}
	}

	/**
	 * Pre-checks the materials in notice-service as the calling staff member (their token
	 * is relayed).
	 * @throws NoticeUnavailableException when notice-service cannot answer
	 * @throws IllegalArgumentException when notice-service refuses the request as invalid
	 */
	public PreCheck.Answer precheck(PreCheck check, String authorization, String idempotencyKey) {
		return precheck.run(() -> {
			try {
				return client.post()
					.uri("/api/v1/prechecks")
					.contentType(MediaType.APPLICATION_JSON)
					.header(HttpHeaders.AUTHORIZATION, authorization)
					.header("Idempotency-Key", idempotencyKey)
					.body(check)
					.retrieve()
					.body(PreCheck.Answer.class);
			}
			catch (HttpClientErrorException refused) {
				if (refused.getStatusCode() == HttpStatus.NOT_FOUND || refused.getStatusCode().value() == 400
						|| refused.getStatusCode().value() == 422) {
					throw new IllegalArgumentException(
							"notice-service refused the pre-check: " + refused.getResponseBodyAsString());
				}
				throw refused;
			}
		}, failure -> {
			if (failure instanceof IllegalArgumentException refused) {
				throw refused;
			}
			throw new NoticeUnavailableException("notice-service could not pre-check " + check.matterCode(), failure);
		});
	}

}
