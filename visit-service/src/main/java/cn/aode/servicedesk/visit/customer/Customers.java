package cn.aode.servicedesk.visit.customer;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.aode.servicedesk.events.complaint.ComplaintAccepted;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.events.customer.CustomerUpserted;

/**
 * The local projection of customers (VST-6, VST-7): their basic data, complaints and
 * appointments (their specialists are the platform's {@code CustomerSpecialists}), fed by
 * events that may arrive in any order — each applies only if it is newer than what is
 * known, and a complaint's acceptance and resolution fill their own columns whichever
 * comes first.
 */
@Repository
public class Customers {

	private final JdbcClient jdbc;

	Customers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The CRM sent the customer; kept unless a later change is already known. */
	public void upserted(CustomerUpserted customer) {
		jdbc.sql("""
				insert into customer_profile (crm_id, kind, name, phone, address, special_care,
				    preferred_contact_windows, gas_connected_on, project_accepted_on, warranty_ends_on, updated_at)
				values (:crmId, :kind, :name, :phone, :address, :specialCare, :windows, :gasConnectedOn,
				    :projectAcceptedOn, :warrantyEndsOn, :at)
				on conflict (crm_id) do update set kind = excluded.kind, name = excluded.name,
				    phone = excluded.phone, address = excluded.address, special_care = excluded.special_care,
				    preferred_contact_windows = excluded.preferred_contact_windows,
				    gas_connected_on = excluded.gas_connected_on, project_accepted_on = excluded.project_accepted_on,
				    warranty_ends_on = excluded.warranty_ends_on, updated_at = excluded.updated_at
				where customer_profile.updated_at <= excluded.updated_at""")
			.param("crmId", customer.crmId())
			.param("kind", customer.kind())
			.param("name", customer.name())
			.param("phone", customer.phone())
			.param("address", customer.address())
			.param("specialCare", customer.specialCare())
			.param("windows", customer.preferredContactWindows())
			.param("gasConnectedOn", customer.gasConnectedOn())
			.param("projectAcceptedOn", customer.projectAcceptedOn())
			.param("warrantyEndsOn", customer.warrantyEndsOn())
			.param("at", Timestamp.from(customer.occurredAt()))
			.update();
	}

	public void complaintAccepted(ComplaintAccepted complaint) {
		jdbc.sql("""
				insert into customer_complaint (complaint_id, crm_id, number, accepted_at, channel, summary)
				values (:id, :crmId, :number, :at, :channel, :summary)
				on conflict (complaint_id) do update set accepted_at = excluded.accepted_at,
				    channel = excluded.channel, summary = excluded.summary""")
			.param("id", complaint.complaintId())
			.param("crmId", complaint.customerId())
			.param("number", complaint.complaintNumber())
			.param("at", Timestamp.from(complaint.occurredAt()))
			.param("channel", complaint.channel())
			.param("summary", complaint.summary())
			.update();
	}

	/** A round of handling was fed back; the latest round's resolution is kept. */
	public void complaintResolved(ComplaintResolved complaint) {
		jdbc.sql(
				"""
						insert into customer_complaint (complaint_id, crm_id, number, resolved_at, resolution, finding)
						values (:id, :crmId, :number, :at, :resolution, :finding)
						on conflict (complaint_id) do update set resolved_at = excluded.resolved_at,
						    resolution = excluded.resolution, finding = excluded.finding
						where customer_complaint.resolved_at is null or customer_complaint.resolved_at < excluded.resolved_at""")
			.param("id", complaint.complaintId())
			.param("crmId", complaint.customerId())
			.param("number", complaint.complaintNumber())
			.param("at", Timestamp.from(complaint.occurredAt()))
			.param("resolution", complaint.resolution())
			.param("finding", complaint.finding())
			.update();
	}

	public Optional<CustomerProfile> profile(String crmId) {
		return jdbc.sql("""
				select crm_id, kind, name, phone, address, special_care, preferred_contact_windows,
				    gas_connected_on, project_accepted_on, warranty_ends_on, updated_at
				from customer_profile where crm_id = :crmId""")
			.param("crmId", crmId)
			.query(CustomerProfile.class)
			.optional();
	}

	/**
	 * Customers of a CRM kind (e.g. ENTERPRISE) that have no visit plan of the given kind
	 * scheduled for the date (VST-1: the periodic visit of a quarter).
	 */
	public List<CustomerProfile> withoutPlan(String customerKind, String planKind, LocalDate triggeredOn) {
		return jdbc.sql("""
				select crm_id, kind, name, phone, address, special_care, preferred_contact_windows,
				    gas_connected_on, project_accepted_on, warranty_ends_on, updated_at
				from customer_profile c where kind = :customerKind and not exists (
				    select 1 from visit_plan p where p.customer_id = c.crm_id and p.kind = :planKind
				    and p.triggered_on = :triggeredOn)
				order by crm_id""")
			.param("customerKind", customerKind)
			.param("planKind", planKind)
			.param("triggeredOn", triggeredOn)
			.query(CustomerProfile.class)
			.list();
	}

	/**
	 * An appointment of a customer changed (accepted, rescheduled, completed, cancelled,
	 * given up); kept unless a later change is already known. Appointments of applicants
	 * who are not customers are not kept.
	 */
	public void appointment(CustomerAppointment appointment, String crmId) {
		if (crmId == null) {
			return;
		}
		jdbc.sql("""
				insert into customer_appointment (appointment_id, crm_id, number, kind, matter, agreed_time, staff_id,
				    status, result, updated_at)
				values (:id, :crmId, :number, :kind, :matter, :agreedTime, :staffId, :status, :result, :at)
				on conflict (appointment_id) do update set kind = excluded.kind, matter = excluded.matter,
				    agreed_time = excluded.agreed_time, staff_id = excluded.staff_id, status = excluded.status,
				    result = coalesce(excluded.result, customer_appointment.result), updated_at = excluded.updated_at
				where customer_appointment.updated_at <= excluded.updated_at""")
			.param("id", appointment.appointmentId())
			.param("crmId", crmId)
			.param("number", appointment.number())
			.param("kind", appointment.kind())
			.param("matter", appointment.matter())
			.param("agreedTime", appointment.agreedTime() == null ? null : Timestamp.from(appointment.agreedTime()))
			.param("staffId", appointment.staffId())
			.param("status", appointment.status())
			.param("result", appointment.result())
			.param("at", Timestamp.from(appointment.updatedAt()))
			.update();
	}

	/** The customer's appointments, latest agreed time first (at most {@code limit}). */
	public List<CustomerAppointment> appointmentsOf(String crmId, int limit) {
		return jdbc.sql("""
				select appointment_id, number, kind, matter, agreed_time, staff_id, status, result, updated_at
				from customer_appointment where crm_id = :crmId
				order by agreed_time desc nulls last limit :limit""")
			.param("crmId", crmId)
			.param("limit", limit)
			.query(CustomerAppointment.class)
			.list();
	}

	/** The customer's complaints, latest first (at most {@code limit}). */
	public List<CustomerComplaint> complaintsOf(String crmId, int limit) {
		return jdbc.sql("""
				select complaint_id, number, accepted_at, channel, summary, resolved_at, resolution, finding
				from customer_complaint where crm_id = :crmId
				order by coalesce(accepted_at, resolved_at) desc limit :limit""")
			.param("crmId", crmId)
			.param("limit", limit)
			.query(CustomerComplaint.class)
			.list();
	}

}
