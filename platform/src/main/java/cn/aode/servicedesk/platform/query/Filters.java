package cn.aode.servicedesk.platform.query;

import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;

/**
 * The filters of a list endpoint, where a filter the caller left out (null) matches
 * everything: {@code Filters.of().equal("status", status).equal("kind", kind).query()}.
 */
public final class Filters {

	private final Criteria criteria;

	private Filters(Criteria criteria) {
		this.criteria = criteria;
	}

	/** No filter yet: matches everything. */
	public static Filters of() {
		return new Filters(Criteria.empty());
	}

	/**
	 * Also requires the property (a path such as {@code commitment.department} for an
	 * embedded value) to equal {@code value}, unless {@code value} is null.
	 */
	public Filters equal(String property, Object value) {
		return value == null ? this : new Filters(criteria.and(property).is(value));
	}

	/** Also requires the property to be set (not null). */
	public Filters present(String property) {
		return new Filters(criteria.and(property).isNotNull());
	}

	public Query query() {
		return Query.query(criteria);
	}

}
