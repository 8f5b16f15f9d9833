package cn.aode.servicedesk.appointment.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.aode.servicedesk.events.deadline.DeadlineScheduled;

/**
 * When each request's answer is due (APT-5), kept from deadline-service's
 * {@code deadline.scheduled}: the due instant is computed there, on the business
 * calendar.
 */
@Repository
public class ReplyDeadlines {

	private final JdbcClient jdbc;

	ReplyDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the due time of a reply clock of this service; other clocks are ignored. */
	public void scheduled(DeadlineScheduled scheduled) {
		if (!AppointmentRequest.SERVICE.equals(scheduled.subject().service())
				|| !AppointmentRequest.REPLY_PURPOSE.equals(scheduled.subject().purpose())) {
			return;
		}
		jdbc.sql("""
				insert into reply_deadline (appointment_id, due_at) values (:id, :due)
				on conflict (appointment_id) do update set due_at = excluded.due_at""")
			.param("id", UUID.fromString(scheduled.subject().caseId()))
			.param("due", Timestamp.from(scheduled.dueAt()))
			.update();
	}

	/** The due times known of these requests. */
	Map<UUID, Instant> dueOf(Collection<UUID> ids) {
		Map<UUID, Instant> due = new HashMap<>();
		if (ids.isEmpty()) {
			return due;
		}
		jdbc.sql("select appointment_id, due_at from reply_deadline where appointment_id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> due.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
			.list();
		return due;
	}

}
