package cn.aode.servicedesk.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks the audit trail up, newest first. */
public class AuditEntries {

	private final JdbcClient jdbc;

	public AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Entries of one actor (or all) in {@code [from, to)} (either end open when null).
	 */
	public Page<AuditEntry> find(String actor, Instant from, Instant to, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		if (actor != null) {
			where.append(" and actor = ?");
			params.add(actor);
		}
		if (from != null) {
			where.append(" and at >= ?");
			params.add(Timestamp.from(from));
		}
		if (to != null) {
			where.append(" and at < ?");
			params.add(Timestamp.from(to));
		}
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(pageable.getPageSize());
		paged.add(pageable.getOffset());
		List<AuditEntry> entries = jdbc
			.sql("select * from audit_entry" + where + " order by at desc, id desc limit ? offset ?")
			.params(paged)
			.query(AuditEntries::entry)
			.list();
		return new PageImpl<>(entries, pageable, total);
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("subject"), rs.getString("client_id"), rs.getString("method"), rs.getString("path"),
				rs.getInt("status"), rs.getString("request_id"));
	}

}
