package cn.aode.servicedesk.appointment.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The spans accepted and completed appointments hold, read from the appointments
 * themselves. That no staff member holds two overlapping spans is the database's
 * constraint {@value #NO_DOUBLE_BOOKING}; these reads name the booking a refused one
 * collided with and find who is free.
 */
@Repository
public class StaffSchedule {

	/** The exclusion constraint that refuses a double booking (APT-6). */
	public static final String NO_DOUBLE_BOOKING = "appointment_request_staff_not_double_booked";

	/** PostgreSQL's SQLSTATE of an exclusion constraint violation. */
	private static final String EXCLUSION_VIOLATION = "23P01";

	private static final String HOLDING = "status in ('ACCEPTED', 'COMPLETED') and span is not null";

	private final JdbcClient jdbc;

	StaffSchedule(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the failure is the database refusing a double booking. */
	public static boolean isDoubleBooking(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())
					&& String.valueOf(sql.getMessage()).contains(NO_DOUBLE_BOOKING)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The earliest booking of the staff member overlapping the span, other than the
	 * appointment {@code except}.
	 */
	public Optional<Booking> conflictWith(String staffId, Span span, UUID except) {
		return jdbc
			.sql("select id, number, staff_id, span_start, span_end from appointment_request where " + HOLDING
					+ " and staff_id = :staffId and span && tstzrange(:start, :end, '[)') and id <> :except"
					+ " order by span_start limit 1")
			.param("staffId", staffId)
			.param("start", Timestamp.from(span.start()))
			.param("end", Timestamp.from(span.end()))
			.param("except", except)
			.query(StaffSchedule::booking)
			.optional();
	}

	/** The staff member's busy and free spans of a day (Asia/Shanghai). */
	public StaffDay dayOf(String staffId, LocalDate date) {
		return StaffDay.of(staffId, date, bookingsOf(staffId, StaffDay.dayOf(date)));
	}

	private List<Booking> bookingsOf(String staffId, Span within) {
		return jdbc
			.sql("select id, number, staff_id, span_start, span_end from appointment_request where " + HOLDING
					+ " and staff_id = :staffId and span && tstzrange(:start, :end, '[)') order by span_start")
			.param("staffId", staffId)
			.param("start", Timestamp.from(within.start()))
			.param("end", Timestamp.from(within.end()))
			.query(StaffSchedule::booking)
			.list();
	}

	/**
	 * Who of {@code staff} holds a span overlapping {@code span}, the appointment
	 * {@code except} aside; a set the caller may add to.
	 */
	public Set<String> busyAmong(Collection<String> staff, Span span, UUID except) {
		if (staff.isEmpty()) {
			return new HashSet<>();
		}
		return new HashSet<>(jdbc
			.sql("select distinct staff_id from appointment_request where " + HOLDING
					+ " and staff_id in (:staff) and span && tstzrange(:start, :end, '[)') and id <> :except")
			.param("staff", staff)
			.param("start", Timestamp.from(span.start()))
			.param("end", Timestamp.from(span.end()))
			.param("except", except)
			.query(String.class)
			.list());
	}

	/**
	 * How many hall appointments are agreed in the slot, the appointment {@code except}
	 * aside. Locks the slot until the transaction ends first, so that concurrent
	 * acceptances into one slot count one after the other and cannot together exceed its
	 * capacity.
	 */
	public int lockAndCountHallSlot(Span slot, UUID except) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('appointment-hall-slot'), :slot)")
			.param("slot", (int) (slot.start().getEpochSecond() / 60))
			.query((rs, row) -> 1)
			.single();
		return jdbc
			.sql("select count(*) from appointment_request where status in ('ACCEPTED', 'COMPLETED') and kind = 'HALL'"
					+ " and agreed_time >= :start and agreed_time < :end and id <> :except")
			.param("start", Timestamp.from(slot.start()))
			.param("end", Timestamp.from(slot.end()))
			.param("except", except)
			.query(Integer.class)
			.single();
	}

	private static Booking booking(ResultSet rs, int row) throws SQLException {
		return new Booking(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("staff_id"),
				new Span(rs.getTimestamp("span_start").toInstant(), rs.getTimestamp("span_end").toInstant()));
	}

}
