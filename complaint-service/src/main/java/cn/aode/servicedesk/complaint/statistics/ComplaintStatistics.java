package cn.aode.servicedesk.complaint.statistics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.platform.cases.CaseNumbers;

/**
 * Complaint statistics of a period (CMP-7), each figure one SQL query over the complaints
 * received in it; nothing loads the complaints themselves.
 */
@Service
public class ComplaintStatistics {

	private final JdbcClient jdbc;

	ComplaintStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param from the first business day (Asia/Shanghai) of the period
	 * @param to the last business day of the period, included
	 */
	@Transactional(readOnly = true)
	public Report of(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
		}
		Timestamp start = Timestamp.from(from.atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant());
		long total = jdbc.sql("select count(*) from complaint where received_at >= ? and received_at < ?")
			.params(start, end)
			.query(Long.class)
			.single();
		return new Report(from, to, total, countBy("category", start, end), countBy("finding", start, end),
				countBy("channel", start, end), countBy("receiving_department", start, end),
				countBy("staff_at_fault", start, end), byMonth(start, end), feedbackTimes(start, end),
				repeatComplainants(start, end), reopened(start, end));
	}

	private List<Count> countBy(String column, Timestamp start, Timestamp end) {
		return jdbc
			.sql("select " + column + " as key, count(*) as n from complaint"
					+ " where received_at >= ? and received_at < ? and " + column + " is not null" + " group by "
					+ column + " order by n desc, key")
			.params(start, end)
			.query((rs, row) -> new Count(rs.getString("key"), rs.getLong("n")))
			.list();
	}

	private List<Count> byMonth(Timestamp start, Timestamp end) {
		return jdbc
			.sql("select to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM') as key, count(*) as n"
					+ " from complaint where received_at >= ? and received_at < ? group by key order by key")
			.params(start, end)
			.query((rs, row) -> new Count(rs.getString("key"), rs.getLong("n")))
			.list();
	}

	/** From acceptance to the first feedback, in hours, of the complaints fed back. */
	private FeedbackTimes feedbackTimes(Timestamp start, Timestamp end) {
		return jdbc.sql("""
				select count(*) as n, avg(hours) as average, percentile_cont(0.9) within group (order by hours) as p90
				from (select extract(epoch from min(s.at) - c.received_at) / 3600 as hours
				      from complaint c join complaint_step s on s.complaint_id = c.id and s.step = 'FED_BACK'
				      where c.received_at >= ? and c.received_at < ?
				      group by c.id, c.received_at) fed_back""")
			.params(start, end)
			.query((rs, row) -> new FeedbackTimes(rs.getLong("n"), hours(rs.getObject("average")),
					hours(rs.getObject("p90"))))
			.single();
	}

	/** PostgreSQL answers numeric for averages of numerics and double for percentiles. */
	private static Double hours(Object value) {
		return value == null ? null : ((Number) value).doubleValue();
	}

	private RepeatComplainants repeatComplainants(Timestamp start, Timestamp end) {
		return jdbc.sql("""
				select count(*) as customers, coalesce(sum(n), 0) as complaints
				from (select customer_id, count(*) as n from complaint
				      where received_at >= ? and received_at < ? and customer_id is not null
				      group by customer_id having count(*) > 1) repeated""")
			.params(start, end)
			.query((rs, row) -> new RepeatComplainants(rs.getLong("customers"), rs.getLong("complaints")))
			.single();
	}

	/**
	 * Complaints reopened after a dissatisfied revisit, against those that reached a
	 * revisit.
	 */
	private Reopened reopened(Timestamp start, Timestamp end) {
		return jdbc.sql("""
				select count(*) filter (where reopen_count > 0) as reopened,
				       count(*) filter (where reopen_count > 0 or status = 'ARCHIVED') as revisited
				from complaint where received_at >= ? and received_at < ?""").params(start, end).query((rs, row) -> {
			long reopened = rs.getLong("reopened");
			long revisited = rs.getLong("revisited");
			return new Reopened(reopened, revisited, revisited == 0 ? 0 : (double) reopened / revisited);
		}).single();
	}

	/** The period's figures. */
	public record Report(LocalDate from, LocalDate to, long total, List<Count> byCategory, List<Count> byFinding,
			List<Count> byChannel, List<Count> byDepartment, List<Count> byStaffAtFault, List<Count> byMonth,
			FeedbackTimes feedbackHours, RepeatComplainants repeatComplainants, Reopened reopened) {
	}

	/** How many complaints had one value of a dimension. */
	public record Count(String key, long count) {
	}

	/**
	 * Hours from acceptance to feedback: average and 90th percentile (null without any
	 * complaint fed back).
	 */
	public record FeedbackTimes(long fedBack, Double average, Double p90) {
	}

	/** Customers who complained more than once in the period, and their complaints. */
	public record RepeatComplainants(long customers, long complaints) {
	}

	/** Reopened complaints among those whose revisit came back. */
	public record Reopened(long reopened, long revisited, double rate) {
	}

}
