package cn.aode.servicedesk.deadline.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.platform.cases.CaseNumbers;

/**
 * What managers ask of the deadlines: where matters are open or overdue now, and who
 * completes on time (for the staff evaluation, SPC-7), also by where each limit came from
 * (DL-2).
 */
@Service
public class DeadlineReports {

	private final JdbcClient jdbc;

	DeadlineReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How to group a report. */
	public enum GroupBy {

		DEPARTMENT("department"), STAFF("responsible_staff_id"), SOURCE("source"),
		MONTH("to_char(satisfied_at at time zone 'Asia/Shanghai', 'YYYY-MM')");

		private final String expression;

		GroupBy(String expression) {
			this.expression = expression;
		}

	}

	/** Open matters of one department, staff member or source. */
	public record OpenRow(String key, long open, long paused, long overdue) {
	}

	/** Completed matters of one group and how many were completed in time. */
	public record OnTimeRow(String key, long completed, long onTime, double onTimeRate) {
	}

	/**
	 * Open, paused and overdue clocks by department, staff or source, most overdue first.
	 * @param department only this department's clocks, or all when null
	 */
	@Transactional(readOnly = true)
	public List<OpenRow> open(GroupBy groupBy, String department) {
		if (groupBy == GroupBy.MONTH) {
			throw new IllegalArgumentException("Open clocks are grouped by department, staff or source");
		}
		return jdbc.sql("select " + groupBy.expression + " as key,"
				+ " count(*) filter (where status = 'RUNNING') as open,"
				+ " count(*) filter (where status = 'PAUSED') as paused,"
				+ " count(*) filter (where status = 'BREACHED') as overdue"
				+ " from deadline_clock where status <> 'SATISFIED' and (cast(? as varchar) is null or department = ?)"
				+ " group by 1 order by overdue desc, open desc, key")
			.params(department, department)
			.query((rs, row) -> new OpenRow(rs.getString("key"), rs.getLong("open"), rs.getLong("paused"),
					rs.getLong("overdue")))
			.list();
	}

	/**
	 * The on-time rate of the clocks completed in a year (Asia/Shanghai), by group.
	 * @param department only this department's clocks, or all when null
	 */
	@Transactional(readOnly = true)
	public List<OnTimeRow> onTime(int year, GroupBy groupBy, String department) {
		Timestamp from = Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant());
		Timestamp to = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant());
		return jdbc
			.sql("select " + groupBy.expression + " as key, count(*) as completed,"
					+ " count(*) filter (where breached_at is null and satisfied_at <= due_at) as on_time"
					+ " from deadline_clock where status = 'SATISFIED' and satisfied_at >= ? and satisfied_at < ?"
					+ " and (cast(? as varchar) is null or department = ?) group by 1 order by 1")
			.params(from, to, department, department)
			.query((rs, row) -> {
				long completed = rs.getLong("completed");
				long onTime = rs.getLong("on_time");
				return new OnTimeRow(rs.getString("key"), completed, onTime,
						completed == 0 ? 0 : Math.round(1000.0 * onTime / completed) / 1000.0);
			})
			.list();
	}

}
