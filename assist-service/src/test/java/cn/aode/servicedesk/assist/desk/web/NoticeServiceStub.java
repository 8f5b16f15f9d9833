package cn.aode.servicedesk.assist.desk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * notice-service as the help desk sees it over HTTP — a plain server answering its
 * catalogue read and pre-check with what a test sets — so the help desk's calls, token
 * relay and fallback are tested without starting notice-service.
 */
final class NoticeServiceStub implements AutoCloseable {

	/** A canned answer. */
	record Answer(int status, String body) {
	}

	/** A request the stub received. */
	record Received(String method, String path, String authorization, String idempotencyKey, String body) {
	}

	private final HttpServer server;

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	NoticeServiceStub() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/", this::answer);
		server.start();
	}

	String uri() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Answers {@code method path} with the status and JSON body from now on. */
	void answer(String method, String path, int status, String body) {
		answers.put(method + " " + path, new Answer(status, body));
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
		received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestHeaders().getFirst("Authorization"),
				exchange.getRequestHeaders().getFirst("Idempotency-Key"),
				new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
		Answer answer = answers.getOrDefault(key, new Answer(404, "{\"status\":404}"));
		byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders()
			.add("Content-Type", answer.status() < 300 ? "application/json" : "application/problem+json");
		exchange.sendResponseHeaders(answer.status(), bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
