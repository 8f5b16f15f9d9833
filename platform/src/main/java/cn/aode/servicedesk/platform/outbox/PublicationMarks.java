package cn.aode.servicedesk.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Writes the outbox's bookkeeping — a publication is being sent, a publication reached
 * Kafka and is deleted ({@code completion-mode: delete}) — in batches from one thread of
 * its own, instead of an {@code UPDATE} and a {@code DELETE} per publication on the
 * thread that sent it, which holds an executor thread and a pooled connection for each. A
 * mark that has not been written when the process dies costs a resend after the restart
 * (the outbox's resubmission), which the consumers' inbox drops: never a lost event.
 */
final class PublicationMarks implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PublicationMarks.class);

	static final String MARK_PROCESSING = """
			update event_publication set status = 'PROCESSING'
			 where id = any(?) and completion_date is null and status is distinct from 'PROCESSING'""";

	static final String DELETE_COMPLETED = "delete from event_publication where id = any(?)";

	private static final int MAX_BATCH = 500;

	private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

	private final BlockingQueue<Mark> marks = new LinkedBlockingQueue<>();

	private final JdbcOperations jdbc;

	private final Thread writer;

	private volatile boolean running = true;

	PublicationMarks(JdbcOperations jdbc) {
		this.jdbc = jdbc;
		this.writer = new Thread(this::writeUntilClosed, "outbox-marks");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	void processing(UUID publication) {
		marks.add(new Mark(publication, false));
	}

	void completed(UUID publication) {
		marks.add(new Mark(publication, true));
	}

	/** Writes every mark queued so far, on the calling thread. */
	void flush() {
		List<Mark> batch = new ArrayList<>();
		while (marks.drainTo(batch, MAX_BATCH) > 0) {
			write(batch);
			batch.clear();
		}
	}

	/** Stops the writer and writes what is still queued. */
	@Override
	public void close() {
		running = false;
		writer.interrupt();
		try {
			writer.join(TimeUnit.SECONDS.toMillis(5));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try {
			flush();
		}
		catch (RuntimeException ex) {
			log.warn("Could not write the last outbox marks; their publications will be resent: {}", ex.getMessage());
		}
	}

	private void writeUntilClosed() {
		List<Mark> batch = new ArrayList<>();
		while (running) {
			try {
				if (batch.isEmpty()) {
					Mark first = marks.poll(1, TimeUnit.SECONDS);
					if (first == null) {
						continue;
					}
					batch.add(first);
					marks.drainTo(batch, MAX_BATCH - 1);
				}
				write(batch);
				batch.clear();
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				// the database is away: keep the batch and try again
				log.warn("Writing {} outbox marks failed; will retry: {}", batch.size(), ex.getMessage());
				pause();
			}
		}
	}

	/**
	 * A publication both sent and completed in the batch is only deleted: its status
	 * would be gone a statement later.
	 */
	private void write(List<Mark> batch) {
		Set<UUID> completed = new LinkedHashSet<>();
		Set<UUID> processing = new LinkedHashSet<>();
		for (Mark mark : batch) {
			(mark.completed() ? completed : processing).add(mark.publication());
		}
		processing.removeAll(completed);
		update(MARK_PROCESSING, processing);
		update(DELETE_COMPLETED, completed);
	}

	private void update(String sql, Set<UUID> publications) {
		if (publications.isEmpty()) {
			return;
		}
		jdbc.update((Connection connection) -> {
			PreparedStatement statement = connection.prepareStatement(sql);
			statement.setArray(1, connection.createArrayOf("uuid", publications.toArray()));
			return statement;
		});
	}

	private void pause() {
		try {
			Thread.sleep(RETRY_PAUSE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

	private record Mark(UUID publication, boolean completed) {
	}

}
