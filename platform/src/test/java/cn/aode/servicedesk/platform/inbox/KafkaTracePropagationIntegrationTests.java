package cn.aode.servicedesk.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;

import cn.aode.servicedesk.infra.test.EmbeddedInfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The trace of the work that sends a record continues in the listener that receives it.
 */
@SpringBootTest(classes = KafkaTracePropagationIntegrationTests.TracingApplication.class,
		properties = "spring.application.name=platform-test")
@EmbeddedInfra
class KafkaTracePropagationIntegrationTests {

	private static final String TOPIC = "trace-probe";

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	ObservationRegistry observations;

	@Autowired
	Tracer tracer;

	@Autowired
	TraceCapture capture;

	@Test
	void listenerRunsInTheSendersTrace() {
		String[] senderTrace = new String[1];
		Observation.createNotStarted("incoming-request", observations).observe(() -> {
			senderTrace[0] = tracer.currentSpan().context().traceId();
			kafka.send(TOPIC, "key", "probe".getBytes(StandardCharsets.UTF_8)).join();
		});

		assertThat(senderTrace[0]).matches("[0-9a-f]{32}");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(capture.traceIds).contains(senderTrace[0]));
	}

	@SpringBootApplication
	static class TracingApplication {

		@Bean
		TraceCapture traceCapture(Tracer tracer) {
			return new TraceCapture(tracer);
		}

	}

	static class TraceCapture {

		final List<String> traceIds = new CopyOnWriteArrayList<>();

		private final Tracer tracer;

		TraceCapture(Tracer tracer) {
			this.tracer = tracer;
		}

		@KafkaListener(topics = TOPIC)
		void on(ConsumerRecord<String, byte[]> record) {
			traceIds.add(tracer.currentSpan().context().traceId());
		}

	}

}
