package cn.aode.servicedesk.platform.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores the event publications of one transaction with one JDBC batch just before it
 * commits, instead of one {@code INSERT} per event as Spring Modulith's JDBC repository
 * does: a deadline scan that warns a thousand clocks then costs one round trip, not a
 * thousand. Rows are written exactly as Modulith's schema-v2 repository writes them, and
 * everything else (completion, resubmission, lookups) is delegated to it. Outside a
 * transaction, and while a transaction commits (e.g. from a synchronous after-commit
 * listener), each publication is stored at once, as Modulith would. Not for savepoints:
 * publications made inside a {@code NESTED} transaction that rolls back to its savepoint
 * are still written when the outer transaction commits; no service uses {@code NESTED}.
 * Marking a publication as being sent, and deleting it once Kafka has it, is left to
 * {@link PublicationMarks}, which writes those in batches too.
 */
class BatchingEventPublicationRepository implements EventPublicationRepository, DisposableBean {

	static final String INSERT = """
			insert into event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
			  completion_attempts, last_resubmission_date)
			values (?, ?, ?, ?, ?, ?, ?, ?)""";

	private final EventPublicationRepository delegate;

	private final JdbcOperations jdbc;

	private final EventSerializer serializer;

	private final PublicationMarks marks;

	private final boolean deleteOnCompletion;

	/**
	 * @param deleteOnCompletion whether a completed publication is deleted
	 * ({@code completion-mode: delete}); only then are completions batched
	 */
	BatchingEventPublicationRepository(EventPublicationRepository delegate, JdbcOperations jdbc,
			EventSerializer serializer, boolean deleteOnCompletion) {
		this.delegate = delegate;
		this.jdbc = jdbc;
		this.serializer = serializer;
		this.marks = new PublicationMarks(jdbc);
		this.deleteOnCompletion = deleteOnCompletion;
	}

	@Override
	public void destroy() {
		marks.close();
	}

	@Override
	public TargetEventPublication create(TargetEventPublication publication) {
		PendingPublications pending = pendingOfCurrentTransaction();
		if (pending == null) {
			return delegate.create(publication);
		}
		pending.publications.add(publication);
		return publication;
	}

	/**
	 * The batch of the running transaction, started on its first publication; none when
	 * there is no transaction, or when it is already committing or completing (its
	 * callbacks have run or are running, so a batch started now would never be written).
	 */
	private PendingPublications pendingOfCurrentTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		if (TransactionSynchronizationManager.getResource(this) instanceof PendingPublications pending) {
			return pending.flushed ? null : pending;
		}
		PendingPublications pending = new PendingPublications();
		// registered before it is bound: if registering fails, nothing stays bound to
		// the thread
		TransactionSynchronizationManager.registerSynchronization(pending);
		TransactionSynchronizationManager.bindResource(this, pending);
		return pending;
	}

	/** Writes what the current transaction has stored so far, so reads see it. */
	private void flushPending() {
		if (TransactionSynchronizationManager.getResource(this) instanceof PendingPublications pending) {
			pending.flush();
		}
	}

	/**
	 * Writes the publications and the marks queued so far, so reads see them and no mark
	 * is written after a later change of the same publication.
	 */
	private void settle() {
		flushPending();
		marks.flush();
	}

	@Override
	public void markProcessing(UUID identifier) {
		flushPending();
		marks.processing(identifier);
	}

	@Override
	public void markCompleted(TargetEventPublication publication, Instant completionDate) {
		if (deleteOnCompletion) {
			publication.markCompleted(completionDate);
			markCompleted(publication.getIdentifier(), completionDate);
			return;
		}
		flushPending();
		delegate.markCompleted(publication, completionDate);
	}

	@Override
	public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
		settle();
		delegate.markCompleted(event, identifier, completionDate);
	}

	@Override
	public void markCompleted(UUID identifier, Instant completionDate) {
		flushPending();
		if (deleteOnCompletion) {
			marks.completed(identifier);
			return;
		}
		delegate.markCompleted(identifier, completionDate);
	}

	@Override
	public void markFailed(UUID identifier) {
		settle();
		delegate.markFailed(identifier);
	}

	@Override
	public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
		settle();
		return delegate.markResubmitted(identifier, resubmissionDate);
	}

	@Override
	public List<TargetEventPublication> findIncompletePublications() {
		settle();
		return delegate.findIncompletePublications();
	}

	@Override
	public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
		settle();
		return delegate.findIncompletePublicationsPublishedBefore(instant);
	}

	@Override
	public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
			PublicationTargetIdentifier targetIdentifier) {
		settle();
		return delegate.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
	}

	@Override
	public List<TargetEventPublication> findCompletedPublications() {
		settle();
		return delegate.findCompletedPublications();
	}

	@Override
	public void deletePublications(List<UUID> identifiers) {
		settle();
		delegate.deletePublications(identifiers);
	}

	@Override
	public void deleteCompletedPublications() {
		settle();
		delegate.deleteCompletedPublications();
	}

	@Override
	public void deleteCompletedPublicationsBefore(Instant instant) {
		settle();
		delegate.deleteCompletedPublicationsBefore(instant);
	}

	@Override
	public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
		settle();
		return delegate.findFailedPublications(criteria);
	}

	@Override
	public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
		settle();
		return delegate.findByStatus(status);
	}

	@Override
	public int countByStatus(EventPublication.Status status) {
		settle();
		return delegate.countByStatus(status);
	}

	/**
	 * The publications one transaction has stored and not yet written; written before it
	 * commits, dropped if it rolls back. Unbound from the thread when the transaction
	 * completes, and while an inner {@code REQUIRES_NEW} transaction runs.
	 */
	private final class PendingPublications implements TransactionSynchronization {

		private final List<TargetEventPublication> publications = new ArrayList<>();

		private boolean flushed;

		@Override
		public void flush() {
			if (publications.isEmpty()) {
				return;
			}
			List<Object[]> rows = publications.stream().map(BatchingEventPublicationRepository.this::row).toList();
			publications.clear();
			jdbc.batchUpdate(INSERT, rows);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			flush();
			flushed = true;
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResourceIfPossible(BatchingEventPublicationRepository.this);
		}

		@Override
		public void resume() {
			if (!TransactionSynchronizationManager.hasResource(BatchingEventPublicationRepository.this)) {
				TransactionSynchronizationManager.bindResource(BatchingEventPublicationRepository.this, this);
			}
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(BatchingEventPublicationRepository.this);
		}

	}

	private Object[] row(TargetEventPublication publication) {
		Timestamp published = Timestamp.from(publication.getPublicationDate());
		return new Object[] { publication.getIdentifier(), publication.getEvent().getClass().getName(),
				publication.getTargetIdentifier().getValue(), published,
				serializer.serialize(publication.getEvent()).toString(), publication.getStatus().name(), 1, published };
	}

}
