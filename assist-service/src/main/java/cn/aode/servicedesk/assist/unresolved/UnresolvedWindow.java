package cn.aode.servicedesk.assist.unresolved;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/**
 * AST-1: receives the window's cases, escalating each to the configured center's head at
 * once, records their resolutions and reports a month of them.
 */
@Service
public class UnresolvedWindow {

	private final UnresolvedCases cases;

	private final CaseNumbers numbers;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String head;

	private final String limit;

	UnresolvedWindow(UnresolvedCases cases, CaseNumbers numbers, JdbcClient jdbc, Clock clock,
			@Value("${servicedesk.assist.unresolved.head:head-01}") String head,
			@Value("${servicedesk.assist.unresolved.limit:P5WD}") String limit) {
		this.cases = cases;
		this.numbers = numbers;
		this.jdbc = jdbc;
		this.clock = clock;
		this.head = head;
		this.limit = limit;
	}

	/** What an applicant reports at the window. */
	public record Report(String applicantName, String applicantPhone, String customerId, String matter, String account,
			UnresolvedCause cause) {
	}

	@Transactional
	public UnresolvedCase receive(Report report, String receivedBy) {
		return cases.save(UnresolvedCase.received(numbers.next("BC"), report.applicantName(), report.applicantPhone(),
				report.customerId(), report.matter(), report.account(), report.cause(), head, receivedBy, limit,
				clock.instant()));
	}

	@Transactional
	public UnresolvedCase resolve(UUID caseId, Long expectedVersion, String resolution, String by) {
		UnresolvedCase unresolved = get(caseId);
		StaleVersionException.requireCurrent("Case", caseId, expectedVersion, unresolved.version());
		unresolved.resolve(resolution, by, clock.instant());
		return cases.save(unresolved);
	}

	@Transactional(readOnly = true)
	public UnresolvedCase get(UUID caseId) {
		return cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case", caseId));
	}

	@Transactional(readOnly = true)
	public Page<UnresolvedCase> list(boolean openOnly, Pageable pageable) {
		return openOnly ? cases.findByResolvedAtIsNull(pageable) : cases.findAll(pageable);
	}

	/**
	 * A month's cases for the center's head: how many, how many resolved and still open,
	 * by cause, and the hours from receipt to resolution (average and longest).
	 */
	public record MonthReport(YearMonth month, long received, long resolved, long open, List<CauseCount> byCause,
			Double averageHoursToResolution, Double longestHoursToResolution) {
	}

	/** How many cases of one cause. */
	public record CauseCount(UnresolvedCause cause, long count) {
	}

	@Transactional(readOnly = true)
	public MonthReport report(YearMonth month) {
		Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant());
		Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant());
		MonthReport totals = jdbc.sql("""
				select count(*) as received, count(resolved_at) as resolved,
				    avg(extract(epoch from resolved_at - received_at) / 3600)::float8 as average,
				    max(extract(epoch from resolved_at - received_at) / 3600)::float8 as longest
				from unresolved_case where received_at >= :from and received_at < :to""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new MonthReport(month, rs.getLong("received"), rs.getLong("resolved"),
					rs.getLong("received") - rs.getLong("resolved"), List.of(),
					round(rs.getObject("average", Double.class)), round(rs.getObject("longest", Double.class))))
			.single();
		List<CauseCount> byCause = jdbc.sql("""
				select cause, count(*) as count from unresolved_case
				where received_at >= :from and received_at < :to group by cause order by count desc, cause""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new CauseCount(UnresolvedCause.valueOf(rs.getString("cause")), rs.getLong("count")))
			.list();
		return new MonthReport(month, totals.received(), totals.resolved(), totals.open(), byCause,
				totals.averageHoursToResolution(), totals.longestHoursToResolution());
	}

	private static Double round(Double hours) {
		return hours == null ? null : Math.round(hours * 10) / 10.0;
	}

}
