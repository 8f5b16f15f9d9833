package cn.aode.servicedesk.deadline.report.web;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.platform.cases.CaseNumbers;

/**
 * What managers ask of the deadlines: where matters are open or overdue now, and who
 * completes on time (for the staff evaluation, SPC-7), also by where each limit came from
 * (DL-2).
 */
@RestController
@RequestMapping("/api/v1/deadlines/reports")
@Tag(name = "Deadline reports 时限报表")
class DeadlineReports {

	private final JdbcClient jdbc;

	DeadlineReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How to group a report. */
	enum GroupBy {

		DEPARTMENT("department"), STAFF("responsible_staff_id"), SOURCE("source"),
		MONTH("to_char(satisfied_at at time zone 'Asia/Shanghai', 'YYYY-MM')");

		private final String expression;

		GroupBy(String expression) {
			this.expression = expression;
		}

	}

	/** Open matters of one department or staff member. */
	record OpenRow(String key, long open, long paused, long overdue) {
	}

	/** Completed matters of one group and how many were completed in time. */
	record OnTimeRow(String key, long completed, long onTime, double onTimeRate) {
	}

	@GetMapping("/open")
	@Operation(summary = "Open, paused and overdue clocks by department, staff or DL-2 source, most overdue first;"
			+ " optionally of one department")
	@Transactional(readOnly = true)
	List<OpenRow> open(@RequestParam(defaultValue = "DEPARTMENT") GroupBy groupBy,
			@RequestParam(required = false) String department) {
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

	@GetMapping("/on-time")
	@Operation(summary = "On-time rate of completed clocks in a year, by staff, department, DL-2 source or month;"
			+ " optionally of one department")
	@Transactional(readOnly = true)
	List<OnTimeRow> onTime(@RequestParam int year, @RequestParam(defaultValue = "STAFF") GroupBy groupBy,
			@RequestParam(required = false) String department) {
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
