package cn.aode.servicedesk.systemtests.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionTimeoutException;

import cn.aode.servicedesk.devstack.DevTokens;
import cn.aode.servicedesk.events.EventHeaders;
import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;

import static org.awaitility.Awaitility.await;

/**
 * Issue 15's event propagation benchmark against a running dev stack: how long after
 * complaint-service acknowledges a complaint's feedback visit-service's revisit plan
 * (VST-4) is in its database, with the feedback sent open-loop at a steady rate. See
 * {@code docs/measurements/event-propagation.md}.
 * <p>
 * Settings (system properties): {@code bench.complaint-service}
 * ({@code http://localhost:8086}), {@code bench.auth-server}
 * ({@code http://localhost:9000}), {@code bench.postgres} ({@code 127.0.0.1:5432}),
 * {@code bench.kafka} ({@code 127.0.0.1:9092}), {@code bench.rate} (50 a second),
 * {@code bench.warm-up-seconds} (10), {@code bench.seconds} (60), {@code bench.preparers}
 * (4), {@code bench.target-p99-ms} (250).
 */
public final class RevisitPropagationBenchmark {

	private static final String PASSWORD = "benchmark-password";

	/** A plan not readable this long after its feedback's acknowledgement is lost. */
	private static final Duration LOST_AFTER = Duration.ofSeconds(30);

	/** The databases whose outboxes must be empty before the measured phase. */
	private static final List<String> DATABASES = List.of("appointment", "assist", "complaint", "deadline", "notice",
			"specialist", "visit");

	private static final String COMPLAINT = """
			{"customerId":"%s","customerName":"压测客户","customerPhone":"13812345678","channel":"WECHAT",
			 "content":"燃气表读数异常","category":"BILLING"}""";

	private static final String HANDLING = """
			{"investigation":"调取抄表记录，上门核对表具","actions":"已上门更换燃气表并向客户说明","finding":"COMPANY_RESPONSIBLE"}""";

	private static final String FEEDBACK = """
			{"channel":"PHONE","content":"已上门更换燃气表并向客户说明"}""";

	private final URI complaintService = URI
		.create(System.getProperty("bench.complaint-service", "http://localhost:8086"));

	private final URI authServer = URI.create(System.getProperty("bench.auth-server", "http://localhost:9000"));

	private final String postgres = System.getProperty("bench.postgres", "127.0.0.1:5432");

	private final String kafka = System.getProperty("bench.kafka", "127.0.0.1:9092");

	private final int rate = Integer.getInteger("bench.rate", 50);

	private final int warmUps = rate * Integer.getInteger("bench.warm-up-seconds", 10);

	private final int measured = rate * Integer.getInteger("bench.seconds", 60);

	private final int preparers = Integer.getInteger("bench.preparers", 4);

	private final double targetP99Millis = Integer.getInteger("bench.target-p99-ms", 250);

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String office = "bench-" + run + "-office";

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	public static void main(String[] args) throws Exception {
		System.exit(new RevisitPropagationBenchmark().run() ? 0 : 1);
	}

	/**
	 * One feedback as the harness saw it: when it was sent and acknowledged, and the
	 * status ({@code -1} when no answer came).
	 */
	record Feedback(String complaintId, Instant sent, Instant acknowledged, int status) {

		boolean ok() {
			return status / 100 == 2;
		}

	}

	/**
	 * When complaint-service's outbox first handed a {@code complaint.resolved} to Kafka
	 * (the producer's timestamp), and how often it did (more than once after a
	 * resubmission).
	 */
	record Handover(Instant first, int times) {

		Handover and(Handover later) {
			return new Handover(first, times + later.times());
		}

	}

	/**
	 * One measured complaint: the feedback recorded in complaint-service's database, its
	 * acknowledgement, the event's handover to Kafka (null if the harness did not see it)
	 * and the plan written in visit-service's database (null if none).
	 */
	record Propagation(Feedback feedback, Instant recorded, Handover produced, Instant planned) {

		boolean lost() {
			return planned == null || Duration.between(feedback.acknowledged(), planned).compareTo(LOST_AFTER) > 0;
		}

	}

	/**
	 * The distribution of one interval, in milliseconds; the minimum shows plans written
	 * before the acknowledgement reached the harness.
	 */
	record Figures(String interval, int count, double min, double p50, double p95, double p99, double max) {

		static Figures of(String interval, List<Propagation> propagations, ToLongFunction<Propagation> micros) {
			long[] sorted = propagations.stream().mapToLong(micros).sorted().toArray();
			return new Figures(interval, sorted.length, at(sorted, 0), at(sorted, 0.50), at(sorted, 0.95),
					at(sorted, 0.99), at(sorted, 1));
		}

		private static double at(long[] sorted, double p) {
			return sorted.length == 0 ? Double.NaN : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
		}

		String row() {
			return "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |".formatted(interval, count, min, p50,
					p95, p99, max);
		}

	}

	private boolean run() throws Exception {
		int total = warmUps + measured;
		System.out.printf("run %s: %d complaints, fed back at %d a second (%d warm-up, %d measured)%n", run, total,
				rate, warmUps, measured);
		String operations = new DevTokens(authServer).client("ops", "ops-demo-secret", "ops accounts");
		provisionOffice(operations);
		List<String> complaints = prepare(new DevTokens(authServer).user(office, PASSWORD), total);
		awaitQuiet();
		Map<String, Handover> produced = new ConcurrentHashMap<>();
		try (KafkaConsumer<String, byte[]> consumer = resolvedFromNow()) {
			Thread watcher = new Thread(() -> watch(consumer, produced), "complaint-events-watcher");
			watcher.start();
			try {
				// tokens live 15 minutes: a fresh one, however long preparing took
				List<Feedback> feedbacks = feedBack(new DevTokens(authServer).user(office, PASSWORD), complaints);
				Map<String, Instant> planned = awaitPlans(feedbacks);
				// every event was in Kafka before its plan was written; the watcher may
				// still be reading the last ones
				awaitHandovers(planned.keySet(), produced);
				return report(feedbacks.subList(warmUps, total), planned, produced);
			}
			finally {
				watcher.interrupt();
				watcher.join();
			}
		}
	}

	/** The office handler every request is made as, created as operations would. */
	private void provisionOffice(String operations) throws Exception {
		HttpResponse<String> provisioned = http
			.send(HttpRequest.newBuilder(authServer.resolve("/api/v1/accounts/" + office))
				.header("Authorization", "Bearer " + operations)
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("""
						{"kind":"STAFF","staffId":"%s","displayName":"%s","roles":["OFFICE_HANDLER"],"password":"%s"}"""
					.formatted(office, office, PASSWORD)))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (provisioned.statusCode() / 100 != 2) {
			throw new IllegalStateException("account " + office + ": " + provisioned.body());
		}
	}

	/**
	 * Not measured: accepts and handles each complaint (CMP-3), so that feedback is the
	 * step left that resolves it.
	 */
	private List<String> prepare(String token, int count) throws Exception {
		long began = System.nanoTime();
		List<Callable<String>> preparing = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String customer = "CRM-B" + run + "-" + i;
			preparing.add(() -> {
				HttpResponse<String> accepted = post(token, "/api/v1/complaints", COMPLAINT.formatted(customer));
				if (accepted.statusCode() != 201) {
					throw new IllegalStateException("accepting: " + accepted.statusCode() + " " + accepted.body());
				}
				String id = JsonPath.read(accepted.body(), "$.id");
				HttpResponse<String> handled = post(token, "/api/v1/complaints/" + id + "/handling", HANDLING);
				if (handled.statusCode() != 200) {
					throw new IllegalStateException("handling: " + handled.statusCode() + " " + handled.body());
				}
				return id;
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(preparers);
		try {
			List<String> ids = new ArrayList<>();
			for (Future<String> prepared : pool.invokeAll(preparing)) {
				ids.add(prepared.get());
			}
			System.out.printf("prepared %d complaints (accepted and handled) in %.1f s%n", count,
					(System.nanoTime() - began) / 1e9);
			return ids;
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * Waits (at most 3 minutes) until preparing's events are through: every outbox empty
	 * and every consumer group at the end of its partitions, so the measured phase does
	 * not queue behind them.
	 */
	private void awaitQuiet() throws Exception {
		long began = System.nanoTime();
		long deadline = began + Duration.ofMinutes(3).toNanos();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
			while (true) {
				long outboxes = unpublished();
				long lag = lag(admin);
				if (outboxes == 0 && lag == 0) {
					System.out.printf("quiet after %.1f s: every outbox empty, every consumer group caught up%n",
							(System.nanoTime() - began) / 1e9);
					return;
				}
				if (System.nanoTime() > deadline) {
					System.out.printf("not quiet after 3 min (%d unpublished events, lag %d); measuring anyway%n",
							outboxes, lag);
					return;
				}
				Thread.sleep(1000);
			}
		}
	}

	/**
	 * Until the watcher has seen the event of every planned complaint, for at most 10 s.
	 */
	private static void awaitHandovers(Set<String> planned, Map<String, Handover> produced) {
		try {
			await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> produced.keySet().containsAll(planned));
		}
		catch (ConditionTimeoutException ex) {
			// the report shows the events the watcher never saw
		}
	}

	private long unpublished() throws SQLException {
		long unpublished = 0;
		for (String database : DATABASES) {
			try (Connection db = connect(database);
					PreparedStatement statement = db
						.prepareStatement("select count(*) from event_publication where completion_date is null");
					ResultSet rows = statement.executeQuery()) {
				rows.next();
				unpublished += rows.getLong(1);
			}
		}
		return unpublished;
	}

	private long lag(Admin admin) throws Exception {
		long lag = 0;
		for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get()) {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
				.partitionsToOffsetAndMetadata()
				.get();
			if (committed.isEmpty()) {
				continue;
			}
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
			Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
			for (Map.Entry<TopicPartition, OffsetAndMetadata> offset : committed.entrySet()) {
				lag += ends.get(offset.getKey()).offset() - offset.getValue().offset();
			}
		}
		return lag;
	}

	/** A reader of complaint-events placed at its end, before the measured phase. */
	private KafkaConsumer<String, byte[]> resolvedFromNow() {
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				kafka, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				StringDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
		List<TopicPartition> partitions = consumer.partitionsFor(Topics.COMPLAINT_EVENTS)
			.stream()
			.map(partition -> new TopicPartition(partition.topic(), partition.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToEnd(partitions);
		partitions.forEach(consumer::position);
		return consumer;
	}

	/**
	 * Keeps the handover of every {@code complaint.resolved} to Kafka, by complaint id.
	 * Runs until interrupted.
	 */
	private static void watch(KafkaConsumer<String, byte[]> consumer, Map<String, Handover> produced) {
		try {
			while (!Thread.currentThread().isInterrupted()) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					Header type = record.headers().lastHeader(EventHeaders.TYPE);
					if (type != null
							&& ComplaintResolved.TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
						produced.merge(record.key(), new Handover(Instant.ofEpochMilli(record.timestamp()), 1),
								Handover::and);
					}
				}
			}
		}
		catch (InterruptException ex) {
			// the harness is done with it
		}
	}

	/**
	 * The measured phase: one feedback every {@code 1/rate} seconds, open loop — each is
	 * sent on schedule whether or not the ones before were answered.
	 */
	private List<Feedback> feedBack(String token, List<String> complaints) throws Exception {
		List<CompletableFuture<Feedback>> sending = new ArrayList<>(complaints.size());
		AtomicInteger next = new AtomicInteger();
		CountDownLatch allSent = new CountDownLatch(1);
		ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
		long began = System.nanoTime();
		pacer.scheduleAtFixedRate(() -> {
			int i = next.getAndIncrement();
			if (i >= complaints.size()) {
				allSent.countDown();
				return;
			}
			String id = complaints.get(i);
			Instant sent = Instant.now();
			sending.add(http
				.sendAsync(request(token, "/api/v1/complaints/" + id + "/feedback", FEEDBACK),
						HttpResponse.BodyHandlers.discarding())
				.handle((answer, failure) -> new Feedback(id, sent, Instant.now(),
						answer == null ? -1 : answer.statusCode())));
			if (i == warmUps) {
				System.out.printf("warm-up done (%d fed back), measuring%n", warmUps);
			}
		}, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
		allSent.await();
		pacer.shutdown();
		pacer.awaitTermination(1, TimeUnit.SECONDS);
		System.out.printf("sent %d feedbacks in %.1f s%n", complaints.size(), (System.nanoTime() - began) / 1e9);
		// the pacer counted allSent down after its last write to the list
		return sending.stream().map(CompletableFuture::join).toList();
	}

	/**
	 * Waits until every acknowledged feedback's plan is in visit-service's database, or
	 * until {@link #LOST_AFTER} after the last acknowledgement; the plans' written times
	 * by complaint id.
	 */
	private Map<String, Instant> awaitPlans(List<Feedback> feedbacks) throws Exception {
		List<String> ids = feedbacks.stream().filter(Feedback::ok).map(Feedback::complaintId).toList();
		Instant giveUp = feedbacks.stream()
			.map(Feedback::acknowledged)
			.max(Instant::compareTo)
			.orElseThrow()
			.plus(LOST_AFTER);
		try (Connection db = connect("visit");
				PreparedStatement statement = db.prepareStatement(
						"select source_case_id, planned_at from visit_plan where source_case_id = any (?)")) {
			statement.setArray(1, db.createArrayOf("varchar", ids.toArray()));
			while (true) {
				Map<String, Instant> planned = new HashMap<>();
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						planned.put(rows.getString(1), rows.getTimestamp(2).toInstant());
					}
				}
				if (planned.size() >= ids.size() || Instant.now().isAfter(giveUp)) {
					return planned;
				}
				Thread.sleep(500);
			}
		}
	}

	/**
	 * The measured complaints' intervals as a Markdown table; true when every feedback
	 * was acknowledged and every plan appeared in time.
	 */
	private boolean report(List<Feedback> feedbacks, Map<String, Instant> planned, Map<String, Handover> produced)
			throws SQLException {
		Map<String, Instant> recorded = feedbackTimes(feedbacks);
		List<Feedback> failed = feedbacks.stream().filter(feedback -> !feedback.ok()).toList();
		List<Propagation> propagations = feedbacks.stream()
			.filter(Feedback::ok)
			.map(feedback -> new Propagation(feedback, recorded.get(feedback.complaintId()),
					produced.get(feedback.complaintId()), planned.get(feedback.complaintId())))
			.toList();
		List<Propagation> arrived = propagations.stream().filter(propagation -> !propagation.lost()).toList();
		List<Propagation> traced = arrived.stream()
			.filter(propagation -> propagation.produced() != null && propagation.recorded() != null)
			.toList();
		Figures headline = Figures.of("acknowledged → plan written", arrived,
				p -> micros(p.feedback().acknowledged(), p.planned()));
		List<Figures> figures = List.of(headline,
				Figures.of("feedback request: sent → acknowledged", propagations,
						p -> micros(p.feedback().sent(), p.feedback().acknowledged())),
				Figures.of("feedback recorded → event sent to Kafka", traced,
						p -> micros(p.recorded(), p.produced().first())),
				Figures.of("event sent to Kafka → plan written", traced,
						p -> micros(p.produced().first(), p.planned())));
		long lost = propagations.stream().filter(Propagation::lost).count();
		long resent = traced.stream().filter(propagation -> propagation.produced().times() > 1).count();
		Duration sending = Duration.between(feedbacks.get(0).sent(), feedbacks.get(feedbacks.size() - 1).sent());
		System.out.println();
		System.out.println("| interval | count | min | p50 | p95 | p99 | max |");
		System.out.println("|---|---|---|---|---|---|---|");
		figures.forEach(row -> System.out.println(row.row()));
		System.out.println();
		System.out.printf(
				"measured: %d feedbacks over %.1f s (%.1f a second), %d not acknowledged %s, "
						+ "%d plans lost (none within %d s)%n",
				feedbacks.size(), sending.toNanos() / 1e9, (feedbacks.size() - 1) / (sending.toNanos() / 1e9),
				failed.size(), statuses(failed), lost, LOST_AFTER.toSeconds());
		System.out.printf("%d of %d events handed to Kafka more than once (the outbox resubmitted them)%n", resent,
				traced.size());
		System.out.printf("target p99 < %.0f ms: %s (p99 %.1f ms)%n", targetP99Millis,
				headline.p99() < targetP99Millis ? "met" : "NOT met", headline.p99());
		return failed.isEmpty() && lost == 0;
	}

	/**
	 * When complaint-service recorded each feedback (its own clock, in the feedback's
	 * transaction).
	 */
	private Map<String, Instant> feedbackTimes(List<Feedback> feedbacks) throws SQLException {
		Map<String, Instant> recorded = new HashMap<>();
		try (Connection db = connect("complaint");
				PreparedStatement statement = db
					.prepareStatement("select id, feedback_given_at from complaint where id = any (?)")) {
			Array ids = db.createArrayOf("uuid",
					feedbacks.stream().map(feedback -> UUID.fromString(feedback.complaintId())).toArray());
			statement.setArray(1, ids);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					if (rows.getTimestamp(2) != null) {
						recorded.put(rows.getString(1), rows.getTimestamp(2).toInstant());
					}
				}
			}
		}
		return recorded;
	}

	private static Map<Integer, Long> statuses(List<Feedback> failed) {
		Map<Integer, Long> statuses = new HashMap<>();
		failed.forEach(feedback -> statuses.merge(feedback.status(), 1L, Long::sum));
		return statuses;
	}

	private static long micros(Instant from, Instant to) {
		return Duration.between(from, to).toNanos() / 1000;
	}

	private Connection connect(String database) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://" + postgres + "/" + database, "postgres", "");
	}

	private HttpResponse<String> post(String token, String path, String json) throws Exception {
		return http.send(request(token, path, json), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String token, String path, String json) {
		return HttpRequest.newBuilder(complaintService.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build();
	}

}
