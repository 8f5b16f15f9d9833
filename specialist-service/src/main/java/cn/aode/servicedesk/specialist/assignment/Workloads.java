package cn.aode.servicedesk.specialist.assignment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts a specialist's workload in one query, without loading customers or needs. */
@Repository
class Workloads {

	private final JdbcClient jdbc;

	Workloads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Workload of(String staffId) {
		return jdbc.sql("""
				select
				  (select count(*) from specialist_assignment a
				   where a.staff_id = :staffId and a.ended_at is null) as active_customers,
				  (select count(*) from customer_need n
				   where n.specialist_id = :staffId and n.status = 'SUBMITTED') as open_needs,
				  (select count(*) from customer_need_part p join customer_need n on n.id = p.need_id
				   where n.specialist_id = :staffId and n.status = 'SUBMITTED'
				     and p.status <> 'COMPLETED' and p.breached_at is not null) as overdue_parts""")
			.param("staffId", staffId)
			.query((rs, row) -> new Workload(rs.getLong("active_customers"), rs.getLong("open_needs"),
					rs.getLong("overdue_parts")))
			.single();
	}

}
