package cn.aode.servicedesk.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.infra.test.EmbeddedInfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A transaction's publications are written in one batch before it commits, in the form
 * Spring Modulith reads back, reach Kafka, and vanish with a rollback.
 */
@SpringBootTest(classes = BatchedPublicationsIntegrationTests.OutboxApplication.class,
		properties = { "spring.application.name=platform-test", "servicedesk.outbox.resubmit-interval=PT1H" })
@EmbeddedInfra
class BatchedPublicationsIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	EventPublicationRepository publications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Received received;

	@BeforeEach
	void clear() {
		received.texts.clear();
	}

	@Test
	void publicationsOfOneTransactionAreWrittenTogetherAndReachKafka() {
		List<ProbeEvent> sent = IntStream.range(0, 50).mapToObj(ProbeEvent::numbered).toList();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			sent.forEach(events::publishEvent);
			// nothing is written until the transaction commits
			assertThat(storedPublications()).isZero();
		});

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(received.texts).containsAll(sent.stream().map(ProbeEvent::text).toList()));
		// completion mode delete: every publication is gone once Kafka has it
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(storedPublications()).isZero());
	}

	@Test
	void aReadInTheSameTransactionSeesTheBatchAsModulithWritesIt() {
		ProbeEvent event = ProbeEvent.numbered(7);
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(event);
			List<TargetEventPublication> incomplete = publications.findIncompletePublications();
			// one publication per transactional listener of the event: the Kafka
			// externalizer and FollowUps
			assertThat(incomplete).extracting(TargetEventPublication::getEvent).hasSize(2).containsOnly(event);
			status.setRollbackOnly();
		});
		assertThat(storedPublications()).isZero();
	}

	@Test
	void aRolledBackTransactionLeavesNoPublication() {
		assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(ProbeEvent.numbered(1));
			throw new IllegalStateException("business failure");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(storedPublications()).isZero();
	}

	@Test
	void aFollowUpPublishedAfterCommitInItsOwnTransactionIsStoredAndTheThreadBatchesAgain() {
		ProbeEvent trigger = new ProbeEvent(UUID.randomUUID(), Instant.now(), "trigger-" + UUID.randomUUID());
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(trigger));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(received.texts).contains(trigger.text(), "follow-up-of-" + trigger.text()));
		// nothing of the finished transactions is left bound to this thread
		ProbeEvent next = ProbeEvent.numbered(8);
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(next);
			assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?")
				.param("%" + next.text() + "%")
				.query(Long.class)
				.single()).isZero();
		});
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(received.texts).contains(next.text()));
	}

	@Test
	void aPublicationStoredWhileATransactionCompletesLeavesNothingBehindOnTheThread() {
		List<RuntimeException> failures = new CopyOnWriteArrayList<>();
		TargetEventPublication late = TargetEventPublication.of(ProbeEvent.numbered(10),
				PublicationTargetIdentifier.of("late-listener"));
		new TransactionTemplate(transactions).executeWithoutResult(
				status -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCompletion(int completion) {
						try {
							publications.create(late);
						}
						catch (RuntimeException ex) {
							failures.add(ex);
						}
					}
				}));
		assertThat(failures).isEmpty();
		// stored at once, as Modulith's own repository would; no listener will complete
		// it
		assertThat(publications.findIncompletePublications()).extracting(TargetEventPublication::getIdentifier)
			.contains(late.getIdentifier());
		publications.deletePublications(List.of(late.getIdentifier()));

		// a batch left bound to the thread would swallow this transaction's event
		ProbeEvent next = ProbeEvent.numbered(9);
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(next));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(received.texts).contains(next.text()));
	}

	@Test
	void processingAndCompletionAreWrittenInBatchesAndAFailureAfterAQueuedProcessingMarkStays() {
		List<TargetEventPublication> stored = IntStream.range(0, 3)
			.mapToObj(number -> publications.create(TargetEventPublication.of(ProbeEvent.numbered(20 + number),
					PublicationTargetIdentifier.of("marked-listener"))))
			.toList();
		UUID sent = stored.get(0).getIdentifier();
		UUID delivered = stored.get(1).getIdentifier();
		UUID failed = stored.get(2).getIdentifier();
		stored.forEach(publication -> publications.markProcessing(publication.getIdentifier()));
		publications.markCompleted(stored.get(1), Instant.now());
		// a failure is written at once, after the queued marks: never overwritten by them
		publications.markFailed(failed);

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(statusOf(sent)).containsExactly("PROCESSING");
			assertThat(statusOf(delivered)).as("completion-mode delete").isEmpty();
		});
		assertThat(statusOf(failed)).containsExactly("FAILED");
		publications.deletePublications(List.of(sent, failed));
	}

	private List<String> statusOf(UUID publication) {
		return jdbc.sql("select status from event_publication where id = ?")
			.param(publication)
			.query(String.class)
			.list();
	}

	private long storedPublications() {
		return jdbc.sql("select count(*) from event_publication").query(Long.class).single();
	}

	record ProbeEvent(UUID eventId, Instant occurredAt, String text) implements IntegrationEvent {

		static ProbeEvent numbered(int number) {
			return new ProbeEvent(UUID.randomUUID(), Instant.now(), "probe-" + number + "-" + UUID.randomUUID());
		}

		@Override
		public String aggregateId() {
			return text;
		}

		@Override
		public String eventType() {
			return "probe.sent";
		}

		@Override
		public String topic() {
			return "outbox-probe";
		}

	}

	@SpringBootApplication
	static class OutboxApplication {

		@Bean
		Received received() {
			return new Received();
		}

		@Bean
		FollowUps followUps(ApplicationEventPublisher events, PlatformTransactionManager transactions) {
			return new FollowUps(events, transactions);
		}

	}

	/**
	 * A synchronous after-commit listener that publishes a follow-up in a transaction of
	 * its own, as Spring recommends for work after a commit.
	 */
	static class FollowUps {

		private final ApplicationEventPublisher events;

		private final TransactionTemplate newTransaction;

		FollowUps(ApplicationEventPublisher events, PlatformTransactionManager transactions) {
			this.events = events;
			this.newTransaction = new TransactionTemplate(transactions);
			this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		}

		@TransactionalEventListener
		void on(ProbeEvent event) {
			if (event.text().startsWith("trigger-")) {
				newTransaction.executeWithoutResult(status -> events
					.publishEvent(new ProbeEvent(UUID.randomUUID(), Instant.now(), "follow-up-of-" + event.text())));
			}
		}

	}

	static class Received {

		final List<String> texts = new CopyOnWriteArrayList<>();

		@KafkaListener(topics = "outbox-probe", groupId = "outbox-probe")
		void on(ConsumerRecord<String, byte[]> record) {
			texts.add(new String(record.value(), StandardCharsets.UTF_8).replaceAll(".*\"text\":\"([^\"]+)\".*", "$1"));
		}

	}

}
