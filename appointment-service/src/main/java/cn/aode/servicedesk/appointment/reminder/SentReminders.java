package cn.aode.servicedesk.appointment.reminder;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reminders sent, one row per appointment, lead time and agreed time (a rescheduled
 * appointment is reminded again of its new time). Claiming a reminder is inserting its
 * row: the primary key lets only one instance claim it, the other's insert does nothing.
 */
@Repository
class SentReminders {

	private final JdbcClient jdbc;

	SentReminders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the reminders of {@code lead} due at {@code now} and not claimed before: of
	 * accepted appointments agreed within {@code lead} from now, but not within
	 * {@code shorter} (then the shorter reminder is the one to send).
	 * @param shorter the next shorter lead time, or zero
	 * @return the appointments whose reminder this call claimed
	 */
	List<UUID> claimDue(Duration lead, Duration shorter, Instant now) {
		return jdbc.sql("""
				insert into appointment_reminder (appointment_id, lead, agreed_time, sent_at)
				select id, :lead, agreed_time, :now from appointment_request
				 where status = 'ACCEPTED' and agreed_time > :after and agreed_time <= :until
				on conflict do nothing
				returning appointment_id""")
			.param("lead", lead.toString())
			.param("now", Timestamp.from(now))
			.param("after", Timestamp.from(now.plus(shorter)))
			.param("until", Timestamp.from(now.plus(lead)))
			.query(UUID.class)
			.list();
	}

}
