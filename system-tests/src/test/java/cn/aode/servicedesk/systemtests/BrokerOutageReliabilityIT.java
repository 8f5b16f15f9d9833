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
import org.springframework.http.ResponseEntity;

import cn.aode.servicedesk.devstack.DevStack;
import cn.aode.servicedesk.systemtests.SteadyLoad.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kafka broker stops for 60 s while complaints are accepted, handled and fed back
 * through the gateway, and starts again on the same port and log directory; no service is
 * restarted. The events wait in each service's outbox meanwhile.
 */
class BrokerOutageReliabilityIT {

	private static final Logger log = LoggerFactory.getLogger(BrokerOutageReliabilityIT.class);

	private static final int WORKERS = 3;

	private static final Duration PACE = Duration.ofMillis(200);

	private static final Duration OUTAGE = Duration.ofSeconds(60);

	private final DevStack stack = SystemUnderTest.get();

	private final String runTag = "消息中断-" + UUID.randomUUID().toString().substring(0, 8);

	private final AtomicInteger sequence = new AtomicInteger();

	@Test
	@DisplayName("While Kafka is down every accept, handling and feedback is still answered 2xx; once it is back, "
			+ "every complaint gets exactly one handling clock, satisfied by its feedback, and every fed-back "
			+ "complaint exactly one revisit plan")
	void eventsCommittedDuringABrokerOutageAreDeliveredOnceAfterIt() {
		List<Gateway> clerks = IntStream.range(0, WORKERS)
			.mapToObj(worker -> Callers.staff("sys-reliability-kafka-" + worker, "OFFICE_HANDLER"))
			.toList();
		Instant stopped;
		Instant restarted;
		List<Answer> answers;
		try (SteadyLoad load = SteadyLoad.start(WORKERS, PACE, (worker, calls) -> round(clerks.get(worker), calls))) {
			await().atMost(Duration.ofSeconds(30)).until(() -> fedBack(load) >= 5);

			stack.kafka().stop();
			stopped = Instant.now();
			await().atMost(OUTAGE.plusSeconds(60))
				.until(() -> Duration.between(stopped, Instant.now()).compareTo(OUTAGE) >= 0
						&& load.count(answer -> answer.step().equals("feedback") && answer.sentAfter(stopped)) >= 5);

			stack.kafka().start();
			restarted = Instant.now();
			await().atMost(Duration.ofSeconds(60))
				.until(() -> load
					.count(answer -> answer.step().equals("feedback") && answer.sentAfter(restarted)) >= 5);
			load.close();
			answers = load.answers();
		}

		List<Answer> duringOutage = answers.stream().filter(answer -> answer.within(stopped, restarted)).toList();
		assertThat(duringOutage).as("calls sent and answered while Kafka was down").hasSizeGreaterThan(10);
		assertThat(answers).allSatisfy(answer -> assertThat(answer.succeeded()).as(answer.toString()).isTrue());

		List<String> accepted = ids(answers, "create");
		List<String> fedBack = ids(answers, "feedback");
		assertThat(ids(duringOutage, "create")).as("complaints accepted during the outage").isNotEmpty();

		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			assertThat(StoredComplaints.handlingClocksPerComplaint(accepted))
				.as("handling clocks per accepted complaint")
				.hasSize(accepted.size());
			assertThat(StoredComplaints.revisitPlansPerComplaint(fedBack)).as("revisit plans per fed-back complaint")
				.hasSize(fedBack.size());
			assertThat(satisfiedClocks(fedBack)).as("satisfied handling clocks of the fed-back complaints")
				.isEqualTo(fedBack.size());
			assertThat(StoredComplaints.unsentPublications("complaint"))
				.as("incomplete publications in complaint-service's outbox")
				.isZero();
		});
		assertThat(StoredComplaints.handlingClocksPerComplaint(accepted)).as("handling clocks per accepted complaint")
			.allSatisfy((id, clocks) -> assertThat(clocks).as(id).isEqualTo(1));
		assertThat(StoredComplaints.revisitPlansPerComplaint(fedBack)).as("revisit plans per fed-back complaint")
			.allSatisfy((id, plans) -> assertThat(plans).as(id).isEqualTo(1));
		log.info(
				"Kafka down {} s: {} calls ({} while down), {} complaints accepted ({} while down), {} fed back; "
						+ "all delivered {} s after the restart",
				Duration.between(stopped, restarted).toSeconds(), answers.size(), duringOutage.size(), accepted.size(),
				ids(duringOutage, "create").size(), fedBack.size(),
				Duration.between(restarted, Instant.now()).toSeconds());
	}

	/** Accepts a complaint, records its handling and feeds the result back. */
	private void round(Gateway clerk, SteadyLoad load) {
		ResponseEntity<String> accepted = load.call("create", () -> clerk.post("/api/v1/complaints",
				StoredComplaints.newComplaint(runTag, sequence.incrementAndGet())));
		if (accepted == null || !accepted.getStatusCode().is2xxSuccessful()) {
			return;
		}
		String id = JsonPath.read(accepted.getBody(), "$.id");
		ResponseEntity<String> handled = load.call("handling", () -> clerk.post("/api/v1/complaints/{id}/handling", """
				{"investigation":"调取抄表记录","actions":"上门校表","finding":"COMPANY_RESPONSIBLE"}""", id));
		if (handled == null || !handled.getStatusCode().is2xxSuccessful()) {
			return;
		}
		load.call("feedback", () -> clerk.post("/api/v1/complaints/{id}/feedback", """
				{"channel":"PHONE","content":"已上门校表"}""", id));
	}

	private static long fedBack(SteadyLoad load) {
		return load.count(answer -> answer.step().equals("feedback") && answer.succeeded());
	}

	private static List<String> ids(List<Answer> answers, String step) {
		return answers.stream()
			.filter(answer -> answer.step().equals(step) && answer.succeeded())
			.map(answer -> JsonPath.<String>read(answer.body(), "$.id"))
			.toList();
	}

	private static long satisfiedClocks(List<String> complaintIds) {
		return ServiceDatabase.of("deadline")
			.sql("""
					select count(*) from deadline_clock
					 where subject_service = 'complaint-service' and purpose = 'handling' and status = 'SATISFIED'
					   and subject_case_id = any(?)""")
			.param(complaintIds.toArray(String[]::new))
			.query(Long.class)
			.single();
	}

}
