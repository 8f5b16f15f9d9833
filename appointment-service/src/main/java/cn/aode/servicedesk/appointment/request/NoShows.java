package cn.aode.servicedesk.appointment.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the accepted appointments whose applicant has not checked in more than
 * {@link AppointmentRequest#GIVE_UP_AFTER} after the agreed time (APT-10), and those
 * whose staff member never checked in by the end of their span (APT-13), and locks them
 * for the transaction. Rows another instance has locked are skipped, so two instances
 * running the scan at once never take the same appointment.
 */
@Repository
class NoShows {

	private final JdbcClient jdbc;

	NoShows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * At most {@code limit} of them, the oldest first, locked until the transaction ends.
	 */
	List<UUID> lockDue(Instant now, int limit) {
		return jdbc.sql("""
				select id from appointment_request
				 where status = 'ACCEPTED' and applicant_arrival_at is null and agreed_time < :cutoff
				 order by agreed_time limit :limit
				   for update skip locked""")
			.param("cutoff", Timestamp.from(now.minus(AppointmentRequest.GIVE_UP_AFTER)))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/**
	 * At most {@code limit} appointments, accepted or given up, whose span ended before
	 * {@code now} without their staff member checking in and not yet found so; locked
	 * until the transaction ends.
	 */
	List<UUID> lockStaffAbsent(Instant now, int limit) {
		return jdbc.sql("""
				select id from appointment_request
				 where status in ('ACCEPTED', 'GAVE_UP') and staff_arrival_at is null and staff_no_show_at is null
				   and span_end < :now
				 order by span_end limit :limit
				   for update skip locked""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

}
