package cn.aode.servicedesk.platform.projection;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.aode.servicedesk.events.customer.SpecialistAssigned;
import cn.aode.servicedesk.events.customer.SpecialistAssignmentEnded;

/**
 * A service's local projection of customers' active specialists (服务专员), fed by
 * {@code specialist.assigned} and {@code specialist.assignment-ended}: the default staff
 * of an appointment (APT-6), the default visitor (VST-5). The events may arrive in either
 * order, so each applies only if it is newer than what the projection already knows of
 * that assignment. A service that uses it declares it as a bean and creates its table in
 * its own migrations: {@code customer_specialist (crm_id, staff_id, assigned_at,
 * ended_at)}, keyed by {@code (crm_id, staff_id)}.
 */
public class CustomerSpecialists {

	private final JdbcClient jdbc;

	public CustomerSpecialists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A staff member became the customer's specialist, unless the projection already
	 * knows of a later end of that assignment.
	 */
	public void assigned(SpecialistAssigned assigned) {
		jdbc.sql(
				"""
						insert into customer_specialist (crm_id, staff_id, assigned_at) values (:crmId, :staffId, :at)
						on conflict (crm_id, staff_id) do update set assigned_at = excluded.assigned_at, ended_at = null
						where customer_specialist.ended_at is not null and customer_specialist.ended_at < excluded.assigned_at""")
			.param("crmId", assigned.crmId())
			.param("staffId", assigned.staffId())
			.param("at", Timestamp.from(assigned.occurredAt()))
			.update();
	}

	/**
	 * The assignment ended: no longer the default. An end that arrives before its
	 * assignment is kept, so the assignment stays ended when it comes.
	 */
	public void ended(SpecialistAssignmentEnded ended) {
		jdbc.sql("""
				insert into customer_specialist (crm_id, staff_id, assigned_at, ended_at)
				values (:crmId, :staffId, :at, :at)
				on conflict (crm_id, staff_id) do update set ended_at = excluded.ended_at
				where customer_specialist.assigned_at <= excluded.ended_at
				and (customer_specialist.ended_at is null or customer_specialist.ended_at < excluded.ended_at)""")
			.param("crmId", ended.crmId())
			.param("staffId", ended.staffId())
			.param("at", Timestamp.from(ended.occurredAt()))
			.update();
	}

	/**
	 * The customer's specialist; of several, the longest-serving one.
	 */
	public Optional<String> specialistOf(String crmId) {
		return jdbc.sql("""
				select staff_id from customer_specialist where crm_id = :crmId and ended_at is null
				order by assigned_at, staff_id limit 1""").param("crmId", crmId).query(String.class).optional();
	}

}
