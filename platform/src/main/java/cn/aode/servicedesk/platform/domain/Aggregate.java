package cn.aode.servicedesk.platform.domain;

import java.util.Collection;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An aggregate root that registers its domain events; Spring Data publishes them when it
 * is saved and the outbox stores them in the same transaction.
 *
 * @param <A> the aggregate's own type
 */
public abstract class Aggregate<A extends Aggregate<A>> extends AbstractAggregateRoot<A> {

	/** Events registered and not yet published: they are published when it is saved. */
	public Collection<Object> pendingEvents() {
		return domainEvents();
	}

	/**
	 * The optimistic-lock version, shown to clients as an ETag and checked against
	 * If-Match.
	 */
	public abstract Long version();

}
