package cn.aode.servicedesk.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClientException;

/**
 * A few paced workers repeating one round of calls until closed, recording every answer:
 * the steady load a reliability test keeps up while it breaks something underneath.
 */
final class SteadyLoad implements AutoCloseable {

	private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

	private final ExecutorService workers;

	private volatile boolean running = true;

	private SteadyLoad(int workerCount, Duration pace, Round round) {
		this.workers = Executors.newFixedThreadPool(workerCount);
		for (int worker = 0; worker < workerCount; worker++) {
			int id = worker;
			workers.submit(() -> work(id, pace, round));
		}
	}

	/**
	 * Starts {@code workerCount} workers, each running the round then pausing for pace.
	 */
	static SteadyLoad start(int workerCount, Duration pace, Round round) {
		return new SteadyLoad(workerCount, pace, round);
	}

	/**
	 * Makes one call and records its answer under the step's name; a call that got no
	 * HTTP answer at all is recorded with status -1 and returns null.
	 */
	ResponseEntity<String> call(String step, Supplier<ResponseEntity<String>> call) {
		Instant sent = Instant.now();
		try {
			ResponseEntity<String> response = call.get();
			MediaType type = response.getHeaders().getContentType();
			answers.add(new Answer(step, sent, Instant.now(), response.getStatusCode().value(),
					type == null ? null : type.toString(), response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER),
					response.getBody()));
			return response;
		}
		catch (RestClientException ex) {
			answers.add(new Answer(step, sent, Instant.now(), -1, null, null, ex.toString()));
			return null;
		}
	}

	/** Every answer so far, in no particular order. */
	List<Answer> answers() {
		return new ArrayList<>(answers);
	}

	long count(Predicate<Answer> which) {
		return answers.stream().filter(which).count();
	}

	/** Stops the workers after their current round. */
	@Override
	public void close() {
		running = false;
		workers.shutdown();
		try {
			if (!workers.awaitTermination(60, TimeUnit.SECONDS)) {
				workers.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			workers.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	private void work(int worker, Duration pace, Round round) {
		while (running) {
			try {
				round.run(worker, this);
			}
			catch (RuntimeException ex) {
				answers.add(new Answer("round", Instant.now(), Instant.now(), -1, null, null, ex.toString()));
			}
			try {
				// pacing the load, not waiting for anything
				Thread.sleep(pace.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** One worker's round of calls, made through {@link SteadyLoad#call}. */
	@FunctionalInterface
	interface Round {

		void run(int worker, SteadyLoad load);

	}

	/**
	 * One recorded answer.
	 *
	 * @param status the HTTP status, or -1 when no answer came
	 */
	record Answer(String step, Instant sentAt, Instant answeredAt, int status, String contentType, String retryAfter,
			String body) {

		boolean succeeded() {
			return status >= 200 && status < 300;
		}

		boolean sentAfter(Instant instant) {
			return !sentAt.isBefore(instant);
		}

		boolean within(Instant from, Instant to) {
			return !sentAt.isBefore(from) && !answeredAt.isAfter(to);
		}

		@Override
		public String toString() {
			return step + " " + status + " at " + sentAt + " (" + contentType + "): " + body;
		}

	}

}
