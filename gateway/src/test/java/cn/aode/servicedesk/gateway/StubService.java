package cn.aode.servicedesk.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A tiny downstream service: answers health, an OpenAPI document and every API path,
 * records the request ids and {@code Authorization} headers it receives, and publishes
 * the test tokens' key set as the auth-server would.
 */
final class StubService implements AutoCloseable {

	static final String JWK_SET_PATH = "/oauth2/jwks";

	private final HttpServer server;

	final List<String> requestIds = new CopyOnWriteArrayList<>();

	/** The size of every request body an API path read. */
	final List<Integer> bodySizes = new CopyOnWriteArrayList<>();

	/**
	 * The {@code Authorization} header of every API request ({@code "none"} if absent).
	 */
	final List<String> authorizations = new CopyOnWriteArrayList<>();

	StubService() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/actuator/health", exchange -> reply(exchange, "{\"status\":\"UP\"}"));
		server.createContext("/v3/api-docs",
				exchange -> reply(exchange, "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"stub\"}}"));
		server.createContext(JWK_SET_PATH, exchange -> reply(exchange, TestTokens.jwkSet()));
		server.createContext("/api/", exchange -> {
			requestIds.add(exchange.getRequestHeaders().getFirst("X-Request-Id"));
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			authorizations.add(authorization == null ? "none" : authorization);
			bodySizes.add(exchange.getRequestBody().readAllBytes().length);
			// a real service echoes the request id; the gateway must not send it twice
			exchange.getResponseHeaders().set("X-Request-Id", exchange.getRequestHeaders().getFirst("X-Request-Id"));
			reply(exchange, "{\"path\":\"" + exchange.getRequestURI().getPath() + "\"}");
		});
		server.start();
	}

	/** A loopback port nothing listens on (free when asked). */
	static int unusedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	String jwkSetUri() {
		return url() + JWK_SET_PATH;
	}

	/**
	 * Routes every service but the ones named to this stub, and makes it the auth-server
	 * whose key set the gateway checks tokens against.
	 */
	void standIn(DynamicPropertyRegistry registry, String... except) {
		for (String service : List.of("SPECIALIST", "APPOINTMENT", "NOTICE", "DEADLINE", "VISIT", "COMPLAINT",
				"ASSIST")) {
			if (!List.of(except).contains(service)) {
				registry.add("SERVICES_" + service + "_URL", this::url);
			}
		}
		registry.add("AUTH_JWK_SET_URI", this::jwkSetUri);
	}

	/** A client of the gateway under test on {@code port}. */
	static WebTestClient.Builder gatewayClient(int port) {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20));
	}

	private static void reply(HttpExchange exchange, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
