package cn.aode.servicedesk.platform;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * JSON requests to a service under test, without repeating the content type, sent by
 * {@link TestTokenIssuer}'s clerk or, after {@link #as}, by another caller.
 *
 * @param authorization the {@code Authorization} header, or null for the default caller
 */
public record JsonCalls(MockMvcTester mvc, String authorization) {

	public JsonCalls(MockMvcTester mvc) {
		this(mvc, null);
	}

	/** The same calls sent with another caller's token (see {@link TestTokens}). */
	public JsonCalls as(String authorization) {
		return new JsonCalls(mvc, authorization);
	}

	public MvcTestResult post(String uri, String json) {
		return by(mvc.post().uri(uri)).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	public MvcTestResult put(String uri, String json) {
		return by(mvc.put().uri(uri)).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	/** A POST sent with {@code If-Match} naming the version the caller saw. */
	public MvcTestResult post(String uri, String ifMatch, String json) {
		return by(mvc.post().uri(uri)).header("If-Match", ifMatch)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	/** A PUT sent with {@code If-Match} naming the version the caller saw. */
	public MvcTestResult put(String uri, String ifMatch, String json) {
		return by(mvc.put().uri(uri)).header("If-Match", ifMatch)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	public MvcTestResult get(String uri) {
		return by(mvc.get().uri(uri)).exchange();
	}

	/** The body of an answer as UTF-8 text, for reading it with JsonPath. */
	public static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private MockMvcRequestBuilder by(MockMvcRequestBuilder request) {
		return authorization == null ? request : request.header(HttpHeaders.AUTHORIZATION, authorization);
	}

}
