package cn.aode.servicedesk.platform;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** JSON requests to a service under test, without repeating the content type. */
public record JsonCalls(MockMvcTester mvc) {

	public MvcTestResult post(String uri, String json) {
		return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	public MvcTestResult put(String uri, String json) {
		return mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	/** A POST sent with {@code If-Match} naming the version the caller saw. */
	public MvcTestResult post(String uri, String ifMatch, String json) {
		return mvc.post()
			.uri(uri)
			.header("If-Match", ifMatch)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	public MvcTestResult get(String uri) {
		return mvc.get().uri(uri).exchange();
	}

}
