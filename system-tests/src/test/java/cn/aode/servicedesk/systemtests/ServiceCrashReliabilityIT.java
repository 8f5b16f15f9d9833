package cn.aode.servicedesk.systemtests;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import cn.aode.servicedesk.complaint.ComplaintServiceApplication;
import cn.aode.servicedesk.devstack.DevStack;
import cn.aode.servicedesk.devstack.SeparateJvm;
import cn.aode.servicedesk.infra.Ports;
import cn.aode.servicedesk.systemtests.SteadyLoad.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * complaint-service, started from its executable jar in a JVM of its own (on a database
 * of its own, so no other instance drains its outbox), is killed with SIGKILL in the
 * middle of a stream of new complaints faster than its outbox keeps up with, and started
 * again on the same port. Its callers call it directly: the gateway routes to the stack's
 * own instance.
 */
class ServiceCrashReliabilityIT {

	private static final Logger log = LoggerFactory.getLogger(ServiceCrashReliabilityIT.class);

	private static final String DATABASE = "complaint_crash";

	private static final int WORKERS = 6;

	private static final Duration PACE = Duration.ofMillis(5);

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

	private final DevStack stack = SystemUnderTest.get();

	private final Path jar = Path
		.of(System.getProperty("systemtests.complaint-service-jar", "system-tests/target/complaint-service.jar"));

	private final int port = Ports.anyFree();

	private final String runTag = "进程崩溃-" + UUID.randomUUID().toString().substring(0, 8);

	private final AtomicInteger sequence = new AtomicInteger();

	private SeparateJvm service;

	@AfterEach
	void stopTheService() {
		if (service != null) {
			service.close();
		}
	}

	@Test
	@DisplayName("complaint-service killed with SIGKILL under load and started again: no caller got a 5xx, every "
			+ "complaint answered 201 is stored whole, the publications it had not sent when it died are sent after "
			+ "the restart, and each complaint gets exactly one handling clock")
	void aCrashedServiceLosesNoAcknowledgedWrite() {
		stack.postgres().createDatabaseIfMissing(DATABASE);
		service = start();
		List<RestClient> clerks = IntStream.range(0, WORKERS)
			.mapToObj(worker -> client(Callers.staffToken("sys-reliability-crash-" + worker, "OFFICE_HANDLER")))
			.toList();
		long unsentAtTheCrash;
		try (SteadyLoad load = SteadyLoad.start(WORKERS, PACE,
				(worker, calls) -> calls.call("create",
						() -> clerks.get(worker)
							.post()
							.uri("/api/v1/complaints")
							.contentType(MediaType.APPLICATION_JSON)
							.body(complaint())
							.retrieve()
							.toEntity(String.class)))) {
			await().atMost(Duration.ofSeconds(60)).until(() -> load.count(Answer::succeeded) >= 300);

			service.kill();
			Instant killed = Instant.now();
			unsentAtTheCrash = StoredComplaints.unsentPublications(DATABASE);
			log.info("complaint-service killed after {} creates; {} publications unsent", load.count(Answer::succeeded),
					unsentAtTheCrash);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> load.count(answer -> answer.sentAfter(killed) && answer.status() == -1) >= WORKERS);

			service = start();
			Instant restarted = Instant.now();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> load.count(answer -> answer.succeeded() && answer.sentAfter(restarted)) >= 50);
			load.close();

			List<Answer> answers = load.answers();
			assertThat(answers).as("answers; -1: no answer, the service being dead or dying")
				.allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(201, -1));
			List<String> acknowledged = answers.stream()
				.filter(Answer::succeeded)
				.map(answer -> JsonPath.<String>read(answer.body(), "$.id"))
				.toList();
			List<String> stored = StoredComplaints.tagged(DATABASE, runTag);
			assertThat(stored).as("every complaint answered 201 is stored").containsAll(acknowledged);
			assertThat(StoredComplaints.halfWritten(DATABASE, runTag))
				.as("stored complaints without exactly one ACCEPTED step")
				.isEmpty();
			assertThat(unsentAtTheCrash)
				.as("publications committed but not yet sent when the service died "
						+ "(else the crash proved nothing about the outbox)")
				.isGreaterThanOrEqualTo(100);
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(StoredComplaints.unsentPublications(DATABASE))
					.as("unsent publications after the restart")
					.isZero());
			StoredComplaints.awaitOneHandlingClockEach(stored);
			log.info(
					"{} complaints answered 201, {} stored; outbox drained and every complaint clocked {} s after "
							+ "the restart",
					acknowledged.size(), stored.size(), Duration.between(restarted, Instant.now()).toSeconds());
		}
	}

	/**
	 * Starts the service on this test's port and database and waits until it is ready.
	 */
	private SeparateJvm start() {
		SeparateJvm started = stack.startSeparately(ComplaintServiceApplication.NAME, jar, DATABASE, port, List.of(
				// its own consumer group: it must not take partitions from the stack's
				// instance
				"--spring.kafka.consumer.group-id=complaint-service-crash-test",
				// a slow link to the broker: each send waits 200 ms for its batch, so the
				// outbox holds a backlog when the process dies (with the batched marks it
				// otherwise keeps up, and the crash would prove nothing about it)
				"--spring.kafka.producer.properties.linger.ms=200"));
		started.awaitReady(READY_TIMEOUT);
		return started;
	}

	private RestClient client(String token) {
		return RestClient.builder()
			.baseUrl(service.url().toString())
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
	}

	private String complaint() {
		return StoredComplaints.newComplaint(runTag, sequence.incrementAndGet());
	}

}
