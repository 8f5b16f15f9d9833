package cn.aode.servicedesk.notice.catalogue;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the catalogue changes this instance committed, so that what is built from the
 * catalogue (the bulletin, NTC-6) knows when to build again without asking the database.
 */
@Component
public class CatalogueRevision {

	private final AtomicLong revision = new AtomicLong();

	/** The number of committed changes seen so far. */
	public long current() {
		return revision.get();
	}

	/**
	 * Counts a change once its transaction commits: a read in between keeps what was
	 * committed before.
	 */
	void changedOnCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				revision.incrementAndGet();
			}
		});
	}

}
