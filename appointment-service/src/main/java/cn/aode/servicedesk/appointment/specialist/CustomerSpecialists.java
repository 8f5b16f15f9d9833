package cn.aode.servicedesk.appointment.specialist;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.aode.servicedesk.events.customer.SpecialistAssigned;
import cn.aode.servicedesk.events.customer.SpecialistAssignmentEnded;

/**
 * The local projection of customers' active specialists (服务专员), fed by
 * {@code specialist.assigned} and {@code specialist.assignment-ended}.
 */
@Repository
public class CustomerSpecialists {

	private final JdbcClient jdbc;

	CustomerSpecialists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A staff member became the customer's specialist. */
	public void assigned(SpecialistAssigned assigned) {
		jdbc.sql("""
				insert into customer_specialist (crm_id, staff_id, assigned_at) values (:crmId, :staffId, :at)
				on conflict (crm_id, staff_id) do nothing""")
			.param("crmId", assigned.crmId())
			.param("staffId", assigned.staffId())
			.param("at", Timestamp.from(assigned.occurredAt()))
			.update();
	}

	/** The assignment ended: no longer the default. */
	public void ended(SpecialistAssignmentEnded ended) {
		jdbc.sql("delete from customer_specialist where crm_id = :crmId and staff_id = :staffId")
			.param("crmId", ended.crmId())
			.param("staffId", ended.staffId())
			.update();
	}

	/**
	 * The customer's specialist; of several, the longest-serving one.
	 */
	public Optional<String> specialistOf(String crmId) {
		return jdbc.sql("""
				select staff_id from customer_specialist where crm_id = :crmId
				order by assigned_at, staff_id limit 1""").param("crmId", crmId).query(String.class).optional();
	}

}
