package cn.aode.servicedesk.platform.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
 * transaction each publication is stored at once.
 */
class BatchingEventPublicationRepository implements EventPublicationRepository {

	static final String INSERT = """
			insert into event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
			  completion_attempts, last_resubmission_date)
			values (?, ?, ?, ?, ?, ?, ?, ?)""";

	private final EventPublicationRepository delegate;

	private final JdbcOperations jdbc;

	private final EventSerializer serializer;

	BatchingEventPublicationRepository(EventPublicationRepository delegate, JdbcOperations jdbc,
			EventSerializer serializer) {
		this.delegate = delegate;
		this.jdbc = jdbc;
		this.serializer = serializer;
	}

	@Override
	public TargetEventPublication create(TargetEventPublication publication) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return delegate.create(publication);
		}
		PendingPublications pending = (PendingPublications) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new PendingPublications();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		if (pending.flushed) {
			// published while the transaction is already committing: store directly
			return delegate.create(publication);
		}
		pending.publications.add(publication);
		return publication;
	}

	/** Writes what the current transaction has stored so far, so reads see it. */
	private void flushPending() {
		if (TransactionSynchronizationManager.getResource(this) instanceof PendingPublications pending) {
			pending.flush();
		}
	}

	@Override
	public void markProcessing(UUID identifier) {
		flushPending();
		delegate.markProcessing(identifier);
	}

	@Override
	public void markCompleted(TargetEventPublication publication, Instant completionDate) {
		flushPending();
		delegate.markCompleted(publication, completionDate);
	}

	@Override
	public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
		flushPending();
		delegate.markCompleted(event, identifier, completionDate);
	}

	@Override
	public void markCompleted(UUID identifier, Instant completionDate) {
		flushPending();
		delegate.markCompleted(identifier, completionDate);
	}

	@Override
	public void markFailed(UUID identifier) {
		flushPending();
		delegate.markFailed(identifier);
	}

	@Override
	public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
		flushPending();
		return delegate.markResubmitted(identifier, resubmissionDate);
	}

	@Override
	public List<TargetEventPublication> findIncompletePublications() {
		flushPending();
		return delegate.findIncompletePublications();
	}

	@Override
	public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
		flushPending();
		return delegate.findIncompletePublicationsPublishedBefore(instant);
	}

	@Override
	public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
			PublicationTargetIdentifier targetIdentifier) {
		flushPending();
		return delegate.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
	}

	@Override
	public List<TargetEventPublication> findCompletedPublications() {
		flushPending();
		return delegate.findCompletedPublications();
	}

	@Override
	public void deletePublications(List<UUID> identifiers) {
		flushPending();
		delegate.deletePublications(identifiers);
	}

	@Override
	public void deleteCompletedPublications() {
		flushPending();
		delegate.deleteCompletedPublications();
	}

	@Override
	public void deleteCompletedPublicationsBefore(Instant instant) {
		flushPending();
		delegate.deleteCompletedPublicationsBefore(instant);
	}

	@Override
	public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
		flushPending();
		return delegate.findFailedPublications(criteria);
	}

	@Override
	public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
		flushPending();
		return delegate.findByStatus(status);
	}

	@Override
	public int countByStatus(EventPublication.Status status) {
		flushPending();
		return delegate.countByStatus(status);
	}

	/**
	 * The publications one transaction has stored and not yet written; written before it
	 * commits, dropped if it rolls back.
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
			TransactionSynchronizationManager.unbindResource(BatchingEventPublicationRepository.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(BatchingEventPublicationRepository.this, this);
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
