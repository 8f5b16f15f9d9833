package cn.aode.servicedesk.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import cn.aode.servicedesk.complaint.ComplaintServiceApplication;
import cn.aode.servicedesk.devstack.DevStack;
import cn.aode.servicedesk.systemtests.SteadyLoad.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shared PostgreSQL stops (fast shutdown) for about 15 s under a steady stream of new
 * complaints through the gateway, and starts again on the same port and data directory;
 * no service is restarted.
 */
class DatabaseRestartReliabilityIT {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRestartReliabilityIT.class);

	private static final int WORKERS = 4;

	private static final Duration PACE = Duration.ofMillis(100);

	private static final Duration OUTAGE = Duration.ofSeconds(15);

	private final DevStack stack = SystemUnderTest.get();

	private final String runTag = "数据库重启-" + UUID.randomUUID().toString().substring(0, 8);

	private final AtomicInteger sequence = new AtomicInteger();

	@Test
	@DisplayName("While PostgreSQL is down callers get 503 problem+json and no other 5xx, complaint-service reports "
			+ "DOWN, then UP once it is back without a restart; creates succeed again, every acknowledged complaint "
			+ "is stored, none half-written, and each gets its one handling clock")
	void theServicesRideOutADatabaseRestart() {
		List<Gateway> clerks = IntStream.range(0, WORKERS)
			.mapToObj(worker -> Callers.staff("sys-reliability-db-" + worker, "OFFICE_HANDLER"))
			.toList();
		Instant stopped;
		Instant restarting;
		try (SteadyLoad load = SteadyLoad.start(WORKERS, PACE, (worker, calls) -> calls.call("create",
				() -> clerks.get(worker).post("/api/v1/complaints", complaint())))) {
			await().atMost(Duration.ofSeconds(30)).until(() -> load.count(Answer::succeeded) >= 20);
			assertThat(ownHealth()).isEqualTo("UP");

			stack.postgres().stop();
			stopped = Instant.now();
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				assertThat(ownHealth()).as("complaint-service's own health").isEqualTo("DOWN");
				assertThat(healthAtTheGateway()).as("complaint-service's health at the gateway").isEqualTo("DOWN");
			});
			await().atMost(OUTAGE.plusSeconds(30))
				.until(() -> Duration.between(stopped, Instant.now()).compareTo(OUTAGE) >= 0
						&& load.count(answer -> answer.sentAfter(stopped)) >= WORKERS);

			restarting = Instant.now();
			stack.postgres().start();
			Instant restarted = Instant.now();
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(ownHealth()).as("complaint-service's own health").isEqualTo("UP"));
			await().atMost(Duration.ofSeconds(60))
				.until(() -> load.count(answer -> answer.succeeded() && answer.sentAfter(restarted)) >= 20);
			assertThat(healthAtTheGateway()).as("complaint-service's health at the gateway").isEqualTo("UP");
			load.close();

			List<Answer> answers = load.answers();
			List<Answer> duringOutage = answers.stream().filter(answer -> answer.within(stopped, restarting)).toList();
			assertThat(duringOutage).as("creates sent and answered while PostgreSQL was down").isNotEmpty();
			assertThat(duringOutage)
				.allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(503));
			assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(201, 503));
			assertThat(answers).filteredOn(answer -> answer.status() == 503).allSatisfy(answer -> {
				assertThat(MediaType.parseMediaType(answer.contentType())).as(answer.toString())
					.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
				assertThat(answer.retryAfter()).as(answer.toString()).isNotBlank();
				assertThat(JsonPath.<String>read(answer.body(), "$.type")).as(answer.toString())
					.endsWith(":service-unavailable");
			});

			List<String> acknowledged = answers.stream()
				.filter(Answer::succeeded)
				.map(answer -> JsonPath.<String>read(answer.body(), "$.id"))
				.toList();
			List<String> stored = StoredComplaints.tagged("complaint", runTag);
			assertThat(stored).as("every complaint answered 201 is stored").containsAll(acknowledged);
			assertThat(StoredComplaints.halfWritten("complaint", runTag))
				.as("stored complaints without exactly one ACCEPTED step")
				.isEmpty();
			StoredComplaints.awaitOneHandlingClockEach(stored);
		}
	}

	private String complaint() {
		return StoredComplaints.newComplaint(runTag, sequence.incrementAndGet());
	}

	private String ownHealth() {
		String body = RestClient.create(stack.serviceUrls().get(ComplaintServiceApplication.NAME).toString())
			.get()
			.uri("/actuator/health")
			.retrieve()
			.onStatus(status -> true, (request, response) -> {
			})
			.body(String.class);
		return JsonPath.read(body, "$.status");
	}

	private String healthAtTheGateway() {
		String body = Callers.anonymous()
			.get("/actuator/health/downstream/{service}", ComplaintServiceApplication.NAME);
		return JsonPath.read(body, "$.status");
	}

}
