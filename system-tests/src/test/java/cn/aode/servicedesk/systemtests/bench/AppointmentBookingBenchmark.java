package cn.aode.servicedesk.systemtests.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

import cn.aode.servicedesk.devstack.DevTokens;

/**
 * Issue 13's booking benchmark against a running dev stack: 50 clients, each a clerk with
 * their own account and token, accept home visits of the same three staff members at
 * overlapping times, all at once — through the gateway and at appointment-service
 * directly, in alternating rounds on days of their own. Afterwards the database is asked
 * how many accepted spans of one staff member overlap (APT-6: none) and whether every
 * {@code 200} is one accepted row. See {@code docs/measurements/appointment-booking.md}.
 * <p>
 * Settings (system properties): {@code bench.gateway} ({@code http://localhost:8080}),
 * {@code bench.direct} ({@code http://localhost:8082}), {@code bench.auth-server}
 * ({@code http://localhost:9000}), {@code bench.jdbc-url}
 * ({@code jdbc:postgresql://127.0.0.1:5432/appointment}), {@code bench.clients} (50),
 * {@code bench.accepts-per-client} (20), {@code bench.rounds} (2).
 */
public final class AppointmentBookingBenchmark {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final String PASSWORD = "benchmark-password";

	private static final String HOME_VISIT = """
			{"kind":"HOME_VISIT","reason":"URGENT_TIME_LIMIT","applicantType":"INDIVIDUAL",
			 "applicantName":"压测客户%d","applicantPhone":"13900001111","specialCare":false,
			 "channel":"PHONE","matter":"开通燃气","address":"科尔沁区建国路12号3-201"}""";

	private final URI gateway = URI.create(System.getProperty("bench.gateway", "http://localhost:8080"));

	private final URI direct = URI.create(System.getProperty("bench.direct", "http://localhost:8082"));

	private final URI authServer = URI.create(System.getProperty("bench.auth-server", "http://localhost:9000"));

	private final String jdbcUrl = System.getProperty("bench.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/appointment");

	private final int clients = Integer.getInteger("bench.clients", 50);

	private final int acceptsPerClient = Integer.getInteger("bench.accepts-per-client", 20);

	private final int rounds = Integer.getInteger("bench.rounds", 2);

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	/** The three staff members every client books; new ones each run. */
	private final List<String> staff = List.of("bench-" + run + "-a", "bench-" + run + "-b", "bench-" + run + "-c");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final ExecutorService pool;

	private AppointmentBookingBenchmark() {
		this.pool = Executors.newFixedThreadPool(clients);
	}

	public static void main(String[] args) throws Exception {
		AppointmentBookingBenchmark benchmark = new AppointmentBookingBenchmark();
		try {
			System.exit(benchmark.run() ? 0 : 1);
		}
		finally {
			benchmark.pool.shutdownNow();
		}
	}

	/** How one phase went: per status, the latencies, the time from first to last. */
	record Result(String target, int round, int requests, Map<Integer, Integer> statuses, long[] latenciesNanos,
			Duration wall) {

		double perSecond() {
			return requests / (wall.toNanos() / 1e9);
		}

		double percentileMillis(double p) {
			long[] sorted = latenciesNanos.clone();
			Arrays.sort(sorted);
			return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
		}

	}

	private boolean run() throws Exception {
		System.out.printf("run %s: %d clients × %d acceptances per phase, staff %s%n", run, clients, acceptsPerClient,
				staff);
		List<String> tokens = tokens();
		List<Result> warmUps = List.of(
				phase("warm-up gateway", gateway, tokens, 0, 20, Math.max(2, acceptsPerClient / 5)),
				phase("warm-up direct", direct, tokens, 0, 25, Math.max(2, acceptsPerClient / 5)));
		List<Result> results = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			results.add(phase("gateway", gateway, tokens, round, 20 + 20 * round, acceptsPerClient));
			results.add(phase("direct", direct, tokens, round, 30 + 20 * round, acceptsPerClient));
		}
		return report(warmUps, results);
	}

	/** One account per client (as operations create them) and its token, logged in. */
	private List<String> tokens() throws Exception {
		String operations = new DevTokens(authServer).client("ops", "ops-demo-secret", "ops accounts");
		List<Callable<String>> logins = new ArrayList<>();
		for (int client = 0; client < clients; client++) {
			String username = "bench-" + run + "-clerk-" + client;
			logins.add(() -> {
				HttpResponse<String> provisioned = http
					.send(HttpRequest.newBuilder(authServer.resolve("/api/v1/accounts/" + username))
						.header("Authorization", "Bearer " + operations)
						.header("Content-Type", "application/json")
						.PUT(HttpRequest.BodyPublishers.ofString("""
								{"kind":"STAFF","staffId":"%s","displayName":"%s","roles":["SERVICE_CENTER_CLERK"],
								 "password":"%s"}""".formatted(username, username, PASSWORD)))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (provisioned.statusCode() / 100 != 2) {
					throw new IllegalStateException("account " + username + ": " + provisioned.body());
				}
				return new DevTokens(authServer).user(username, PASSWORD);
			});
		}
		// the auth-server (a small JVM hashing passwords) logs in a few at a time, not
		// all fifty at once
		ExecutorService logging = Executors.newFixedThreadPool(4);
		try {
			List<String> tokens = new ArrayList<>();
			for (Future<String> login : logging.invokeAll(logins)) {
				tokens.add(login.get());
			}
			return tokens;
		}
		finally {
			logging.shutdown();
		}
	}

	/**
	 * Each client first receives its requests (not measured), then all clients accept
	 * theirs at once: client {@code c}'s {@code i}-th acceptance books staff member
	 * {@code (c + i) mod 3} on one of five days at one of 36 ten-minute steps from 08:00
	 * (Asia/Shanghai). A home visit holds 2 h 30 min of its staff member's time, so most
	 * of them overlap one another and only a few per day and staff member can win.
	 */
	private Result phase(String target, URI base, List<String> tokens, int round, int firstDay, int perClient)
			throws Exception {
		List<Callable<List<String>>> receiving = new ArrayList<>();
		for (int client = 0; client < clients; client++) {
			String token = tokens.get(client);
			int number = client;
			receiving.add(() -> {
				List<String> ids = new ArrayList<>();
				for (int i = 0; i < perClient; i++) {
					HttpResponse<String> received = post(direct, token, "/api/v1/appointments",
							HOME_VISIT.formatted(number));
					if (received.statusCode() != 201) {
						throw new IllegalStateException("receiving: " + received.statusCode() + " " + received.body());
					}
					ids.add(JsonPath.read(received.body(), "$.id"));
				}
				return ids;
			});
		}
		List<List<String>> requests = all(receiving);
		LocalDate today = LocalDate.now(SHANGHAI);
		CountDownLatch start = new CountDownLatch(1);
		Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		long[] latencies = new long[clients * perClient];
		AtomicInteger next = new AtomicInteger();
		List<Callable<Long>> accepting = new ArrayList<>();
		for (int client = 0; client < clients; client++) {
			String token = tokens.get(client);
			List<String> ids = requests.get(client);
			int c = client;
			accepting.add(() -> {
				start.await();
				for (int i = 0; i < ids.size(); i++) {
					Instant agreed = today.plusDays(firstDay + (c + i) % 5)
						.atTime(8, 0)
						.atZone(SHANGHAI)
						.toInstant()
						.plus(Duration.ofMinutes(10L * ((c * 7 + i * 11) % 36)));
					String body = "{\"agreedTime\":\"%s\",\"staffId\":\"%s\"}".formatted(agreed,
							staff.get((c + i) % 3));
					long sent = System.nanoTime();
					HttpResponse<String> answer = post(base, token,
							"/api/v1/appointments/" + ids.get(i) + "/acceptance", body);
					latencies[next.getAndIncrement()] = System.nanoTime() - sent;
					if (statuses.merge(answer.statusCode(), 1, Integer::sum) == 1 && answer.statusCode() != 200) {
						System.out.printf("%s: first %d answer: %s%n", target, answer.statusCode(), answer.body());
					}
				}
				return System.nanoTime();
			});
		}
		List<Future<Long>> running = accepting.stream().map(pool::submit).toList();
		long began = System.nanoTime();
		start.countDown();
		long ended = began;
		for (Future<Long> client : running) {
			ended = Math.max(ended, client.get());
		}
		Result result = new Result(target, round, clients * perClient, Map.copyOf(statuses), latencies,
				Duration.ofNanos(ended - began));
		System.out.printf("%-16s round %d: %d acceptances in %.2f s = %.1f/s, statuses %s, p50 %.0f ms, p95 %.0f ms%n",
				target, round, result.requests(), result.wall().toNanos() / 1e9, result.perSecond(), result.statuses(),
				result.percentileMillis(0.50), result.percentileMillis(0.95));
		return result;
	}

	/**
	 * The figures as a Markdown table, and the database's count: overlapping accepted
	 * spans of one staff member (must be none) and accepted rows against the 200s of
	 * every phase.
	 */
	private boolean report(List<Result> warmUps, List<Result> results) throws SQLException {
		long overlapping;
		long acceptedRows;
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			overlapping = count(db, """
					select count(*) from appointment_request a join appointment_request b
					  on a.staff_id = b.staff_id and a.id < b.id and a.span && b.span
					where a.staff_id = any (?) and a.status in ('ACCEPTED', 'COMPLETED')
					  and b.status in ('ACCEPTED', 'COMPLETED')""");
			acceptedRows = count(db, """
					select count(*) from appointment_request
					where staff_id = any (?) and status in ('ACCEPTED', 'COMPLETED')""");
		}
		int twoHundreds = warmUps.stream().mapToInt(result -> result.statuses().getOrDefault(200, 0)).sum();
		System.out.println();
		System.out.println(
				"| target | round | acceptances | wall | per second | 200 | 409 | 429 | other | p50 | p95 | p99 |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
		for (Result result : results) {
			int ok = result.statuses().getOrDefault(200, 0);
			int conflict = result.statuses().getOrDefault(409, 0);
			int limited = result.statuses().getOrDefault(429, 0);
			twoHundreds += ok;
			System.out.printf("| %s | %d | %d | %.2f s | %.1f | %d | %d | %d | %d | %.0f ms | %.0f ms | %.0f ms |%n",
					result.target(), result.round(), result.requests(), result.wall().toNanos() / 1e9,
					result.perSecond(), ok, conflict, limited, result.requests() - ok - conflict - limited,
					result.percentileMillis(0.50), result.percentileMillis(0.95), result.percentileMillis(0.99));
		}
		System.out.println();
		System.out.printf("database: %d overlapping accepted spans of one staff member; %d accepted rows of %s "
				+ "for %d answers 200 (warm-ups included)%n", overlapping, acceptedRows, staff, twoHundreds);
		return overlapping == 0 && acceptedRows == twoHundreds;
	}

	private long count(Connection db, String sql) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setArray(1, db.createArrayOf("varchar", staff.toArray()));
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private HttpResponse<String> post(URI base, String token, String path, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(base.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private <T> List<T> all(List<Callable<T>> tasks) throws InterruptedException, ExecutionException {
		List<T> results = new ArrayList<>();
		for (Future<T> task : pool.invokeAll(tasks)) {
			results.add(task.get());
		}
		return results;
	}

}
