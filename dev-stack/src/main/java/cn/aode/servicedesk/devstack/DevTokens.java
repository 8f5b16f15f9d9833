package cn.aode.servicedesk.devstack;

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
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Real tokens from the dev stack's auth-server, got the way a front end and the CRM get
 * them: a demo user logs in and the staff console exchanges the code with PKCE; a client
 * uses its credentials. For system tests and scripts ({@code bin/token} does the same
 * with curl).
 */
public final class DevTokens {

	/** The password of every demo account (dev profile only). */
	public static final String DEMO_PASSWORD = "demo-password";

	private static final String REDIRECT_URI = "http://127.0.0.1:5173/callback";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

	private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final URI authServer;

	public DevTokens(URI authServer) {
		this.authServer = authServer;
	}

	/**
	 * The access token of a demo user (staff such as {@code clerk-1}, customers such as
	 * {@code cust-7}) through the staff console's authorization code flow with PKCE.
	 */
	public String user(String username) {
		return user(username, DEMO_PASSWORD);
	}

	/** The access token of any user, logging in with their password. */
	public String user(String username, String password) {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String loginPage = send(browser, HttpRequest.newBuilder(authServer.resolve("/login")).GET()).body();
		Matcher csrf = CSRF.matcher(loginPage);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the auth-server's login page");
		}
		send(browser, form("/login", Map.of("username", username, "password", password, "_csrf", csrf.group(1))));
		String verifier = verifier();
		HttpResponse<String> authorized = send(browser,
				HttpRequest
					.newBuilder(authServer.resolve("/oauth2/authorize?" + query(Map.of("response_type", "code",
							"client_id", "staff-console", "redirect_uri", REDIRECT_URI, "scope", "openid", "state",
							"dev", "code_challenge", challenge(verifier), "code_challenge_method", "S256"))))
					.GET());
		String location = authorized.headers().firstValue("Location").orElse("");
		Matcher code = CODE.matcher(location);
		if (!code.find()) {
			throw new IllegalStateException("Login of " + username + " failed: the authorize step answered "
					+ authorized.statusCode() + " to " + location);
		}
		return accessToken(send(browser,
				form("/oauth2/token",
						Map.of("grant_type", "authorization_code", "code",
								URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "redirect_uri", REDIRECT_URI,
								"client_id", "staff-console", "code_verifier", verifier))));
	}

	/** The access token of a system client with its secret (client credentials). */
	public String client(String clientId, String secret, String scope) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return accessToken(send(http, form("/oauth2/token", Map.of("grant_type", "client_credentials", "scope", scope))
			.header("Authorization", "Basic " + basic)));
	}

	private HttpRequest.Builder form(String path, Map<String, String> fields) {
		return HttpRequest.newBuilder(authServer.resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(query(fields)));
	}

	private static String accessToken(HttpResponse<String> response) {
		Matcher token = ACCESS_TOKEN.matcher(response.body());
		if (response.statusCode() != 200 || !token.find()) {
			throw new IllegalStateException(
					"The token endpoint answered " + response.statusCode() + ": " + response.body());
		}
		return token.group(1);
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("The auth-server did not answer: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while getting a token", ex);
		}
	}

	private static String query(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static String verifier() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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

}
