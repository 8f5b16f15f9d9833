package cn.aode.servicedesk.auth;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives a running auth server over real HTTP the way a front end, a partner system or
 * curl does: client credentials, the browser's login form with its CSRF token and session
 * cookie, and the authorization code with PKCE. Redirects are never followed, so each
 * step can be checked.
 */
public final class OAuthFlows {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

	private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	public OAuthFlows(int port) {
		this.base = "http://localhost:" + port;
	}

	/** A client-credentials token response from {@code /oauth2/token}. */
	public HttpResponse<String> clientCredentials(String clientId, String secret, String scope) {
		HttpClient http = HttpClient.newHttpClient();
		return send(http,
				HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
					.header("Authorization", basic(clientId, secret))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(form(Map.of("grant_type", "client_credentials", "scope", scope)))
					.build());
	}

	/** The access token of a client-credentials grant that must succeed. */
	public String clientToken(String clientId, String secret, String scope) {
		HttpResponse<String> response = clientCredentials(clientId, secret, scope);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return read(response.body()).get("access_token").asString();
	}

	/** A browser: one cookie jar across the login form and the authorization endpoint. */
	public Browser browser() {
		return new Browser();
	}

	/** The body of a JSON answer. */
	public static JsonNode read(String body) {
		return json.readTree(body);
	}

	/** The header and claims of a JWT, unverified. */
	public static SignedJWT parse(String jwt) {
		try {
			return SignedJWT.parse(jwt);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("Not a JWT: " + jwt, ex);
		}
	}

	public HttpResponse<String> get(String path, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return send(HttpClient.newHttpClient(), request.build());
	}

	public HttpResponse<String> post(String path, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.POST(HttpRequest.BodyPublishers.noBody());
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return send(HttpClient.newHttpClient(), request.build());
	}

	/** A PUT of a JSON body. */
	public HttpResponse<String> put(String path, String bearer, String jsonBody) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(jsonBody));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return send(HttpClient.newHttpClient(), request.build());
	}

	/** One browser session against the auth server. */
	public final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		/** Posts the login form (after reading its CSRF token); answers the redirect. */
		public HttpResponse<String> logIn(String username, String password) {
			HttpResponse<String> page = send(http, HttpRequest.newBuilder(URI.create(base + "/login")).GET().build());
			Matcher csrf = CSRF.matcher(page.body());
			assertThat(csrf.find()).as("CSRF token in the login page").isTrue();
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("username", username);
			fields.put("password", password);
			fields.put("_csrf", csrf.group(1));
			return send(http,
					HttpRequest.newBuilder(URI.create(base + "/login"))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(form(fields))
						.build());
		}

		/** Whether a login with these credentials is accepted. */
		public boolean logInSucceeds(String username, String password) {
			HttpResponse<String> response = logIn(username, password);
			assertThat(response.statusCode()).isEqualTo(302);
			return !response.headers().firstValue("Location").orElseThrow().contains("/login?error");
		}

		/**
		 * The whole authorization-code flow with PKCE (S256), as a front end runs it:
		 * authorize (sent to the login form), log in, authorize again, exchange the code.
		 * Answers the token endpoint's response.
		 */
		public HttpResponse<String> authorizationCode(String clientId, String redirectUri, String username,
				String password) {
			Code code = code(clientId, redirectUri, username, password);
			return exchange(clientId, redirectUri, code.code(), code.verifier());
		}

		/**
		 * Authorizes with a fresh PKCE verifier and logs in; answers the code and
		 * verifier.
		 */
		public Code code(String clientId, String redirectUri, String username, String password) {
			String verifier = codeVerifier();
			String authorize = base + "/oauth2/authorize?"
					+ query(Map.of("response_type", "code", "client_id", clientId, "redirect_uri", redirectUri, "scope",
							"openid profile", "state", "xyz", "code_challenge", challenge(verifier),
							"code_challenge_method", "S256"));
			HttpResponse<String> toLogin = send(http,
					HttpRequest.newBuilder(URI.create(authorize)).header("Accept", "text/html").GET().build());
			assertThat(toLogin.statusCode()).isEqualTo(302);
			assertThat(toLogin.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
			HttpResponse<String> loggedIn = logIn(username, password);
			String back = loggedIn.headers().firstValue("Location").orElseThrow();
			assertThat(back).as("login redirects back to the authorization endpoint").contains("/oauth2/authorize");
			HttpResponse<String> withCode = send(http,
					HttpRequest.newBuilder(URI.create(back)).header("Accept", "text/html").GET().build());
			String callback = withCode.headers().firstValue("Location").orElseThrow();
			assertThat(callback).startsWith(redirectUri).contains("state=xyz");
			Matcher code = CODE.matcher(callback);
			assertThat(code.find()).as(callback).isTrue();
			return new Code(URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), verifier);
		}

		/** Exchanges a code at the token endpoint as a public client. */
		public HttpResponse<String> exchange(String clientId, String redirectUri, String code, String verifier) {
			Map<String, String> exchange = new LinkedHashMap<>();
			exchange.put("grant_type", "authorization_code");
			exchange.put("code", code);
			exchange.put("redirect_uri", redirectUri);
			exchange.put("client_id", clientId);
			exchange.put("code_verifier", verifier);
			return send(http,
					HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(form(exchange))
						.build());
		}

	}

	/**
	 * An authorization code and the PKCE verifier it was requested with.
	 *
	 * @param code the code from the redirect
	 * @param verifier the verifier whose S256 challenge was sent
	 */
	public record Code(String code, String verifier) {

	}

	private static String codeVerifier() {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String basic(String clientId, String secret) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

	private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
		return HttpRequest.BodyPublishers.ofString(query(fields));
	}

	private static String query(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
