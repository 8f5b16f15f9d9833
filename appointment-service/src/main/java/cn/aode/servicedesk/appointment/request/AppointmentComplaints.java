package cn.aode.servicedesk.appointment.request;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.aode.servicedesk.events.complaint.ComplaintAccepted;

/**
 * The complaints about each appointment (APT-12), kept from complaint-service's
 * {@code complaint.accepted}: complaints are raised and handled there; the appointment
 * shows their numbers.
 */
@Repository
public class AppointmentComplaints {

	private static final Logger log = LoggerFactory.getLogger(AppointmentComplaints.class);

	private final JdbcClient jdbc;

	AppointmentComplaints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a complaint that names an appointment, once. complaint-service takes the
	 * appointment as the complainant names it, so a complaint of a known customer is
	 * recorded only on that customer's own appointment; one recorded by staff without a
	 * customer id, on the appointment it names. A complaint about no appointment, about
	 * one this service does not know, or about another customer's is left alone (logged).
	 */
	public void accepted(ComplaintAccepted accepted) {
		if (accepted.appointmentId() == null) {
			return;
		}
		int recorded = jdbc.sql("""
				insert into appointment_complaint (appointment_id, complaint_id, complaint_number, accepted_at)
				select id, :complaintId, :number, :at from appointment_request
				where id = :appointmentId and (cast(:customerId as varchar) is null or customer_id = :customerId)
				on conflict do nothing""")
			.param("appointmentId", accepted.appointmentId())
			.param("complaintId", accepted.complaintId())
			.param("number", accepted.complaintNumber())
			.param("at", Timestamp.from(accepted.occurredAt()))
			.param("customerId", accepted.customerId())
			.update();
		if (recorded == 0) {
			log.warn("Complaint {} names appointment {} ({}), which is not {}: not recorded on it",
					accepted.complaintNumber(), accepted.appointmentId(), accepted.appointmentNumber(),
					accepted.customerId() == null ? "known here" : "one of customer " + accepted.customerId());
		}
	}

	/** The complaints about one appointment, in the order they were accepted. */
	List<AppointmentComplaint> about(UUID appointmentId) {
		return jdbc.sql("""
				select complaint_id, complaint_number, accepted_at from appointment_complaint
				where appointment_id = :id order by accepted_at, complaint_number""")
			.param("id", appointmentId)
			.query((rs, row) -> new AppointmentComplaint(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getTimestamp(3).toInstant()))
			.list();
	}

}
