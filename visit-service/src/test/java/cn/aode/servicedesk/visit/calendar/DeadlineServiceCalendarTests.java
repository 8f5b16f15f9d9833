package cn.aode.servicedesk.visit.calendar;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business calendar read from deadline-service's month API (served here by a plain
 * HTTP server answering as deadline-service does), kept per month, with ordinary weeks as
 * the stated fallback.
 */
class DeadlineServiceCalendarTests {

	private final AtomicInteger requests = new AtomicInteger();

	private HttpServer server;

	private DeadlineServiceCalendar calendar;

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/v1/calendar/months/", this::answer);
		server.start();
		calendar = new DeadlineServiceCalendar(RestClient.builder(),
				new Resilience4JCircuitBreakerFactory(CircuitBreakerRegistry.ofDefaults(),
						TimeLimiterRegistry.ofDefaults(), null),
				Clock.systemUTC(), "http://127.0.0.1:" + server.getAddress().getPort(), Duration.ofSeconds(2),
				Duration.ofHours(1));
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	@DisplayName("VST-6: holidays and make-up workdays come from deadline-service, one request per month")
	void daysComeFromDeadlineService() {
		assertThat(calendar.day(LocalDate.parse("2025-10-01")))
			.isEqualTo(new BusinessDay(LocalDate.parse("2025-10-01"), false, true, "国庆节", false));
		assertThat(calendar.day(LocalDate.parse("2025-10-11")).working()).isTrue();
		assertThat(calendar.day(LocalDate.parse("2025-10-13")).working()).isTrue();

		assertThat(requests).hasValue(1);
	}

	@Test
	@DisplayName("VST-6: a month deadline-service refuses (year not announced) falls back to ordinary weeks, flagged")
	void refusedMonthFallsBackToOrdinaryWeeks() {
		BusinessDay monday = calendar.day(LocalDate.parse("2031-01-06"));
		BusinessDay saturday = calendar.day(LocalDate.parse("2031-01-11"));

		assertThat(monday.working()).isTrue();
		assertThat(monday.estimate()).isTrue();
		assertThat(saturday.working()).isFalse();
	}

	@Test
	@DisplayName("VST-6: an unreachable deadline-service falls back to ordinary weeks, flagged")
	void unreachableDeadlineServiceFallsBack() {
		server.stop(0);

		BusinessDay day = calendar.day(LocalDate.parse("2025-10-01"));

		assertThat(day.working()).as("an ordinary Wednesday").isTrue();
		assertThat(day.estimate()).isTrue();
	}

	private void answer(HttpExchange exchange) throws IOException {
		requests.incrementAndGet();
		String month = exchange.getRequestURI().getPath().substring("/api/v1/calendar/months/".length());
		if (!month.equals("2025-10")) {
			reply(exchange, 422, """
					{"type":"about:blank","title":"Year not announced","status":422}""");
			return;
		}
		String days = LocalDate.parse("2025-10-01")
			.datesUntil(LocalDate.parse("2025-11-01"))
			.map(DeadlineServiceCalendarTests::day)
			.collect(Collectors.joining(","));
		reply(exchange, 200, "{\"month\":\"2025-10\",\"workingDays\":18,\"days\":[" + days + "]}");
	}

	private static String day(LocalDate date) {
		boolean holiday = date.getDayOfMonth() <= 8;
		boolean makeUp = date.getDayOfMonth() == 11;
		boolean weekend = date.getDayOfWeek().getValue() >= 6;
		String kind = holiday ? "HOLIDAY" : makeUp ? "MAKEUP_WORKDAY" : weekend ? "WEEKEND" : "WORKDAY";
		boolean working = !holiday && (makeUp || !weekend);
		return """
				{"date":"%s","kind":{"code":"%s","zh":"","en":""},"workingDay":%s,"name":%s,"estimate":false}"""
			.formatted(date, kind, working, holiday ? "\"国庆节\"" : "null");
	}

	private static void reply(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders()
			.add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
