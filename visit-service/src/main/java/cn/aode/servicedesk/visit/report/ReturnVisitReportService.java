package cn.aode.servicedesk.visit.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;
import cn.aode.servicedesk.platform.query.Filters;
import cn.aode.servicedesk.visit.plan.ReviewDecision;
import cn.aode.servicedesk.visit.plan.ReviewState;

/**
 * Writes visit reports (VST-10) with figures counted in SQL from the visit records,
 * records the supervisor's review (VST-11) and looks reports up.
 */
@Service
public class ReturnVisitReportService {

	/** Prefix of visit report numbers (回访报告). */
	static final String NUMBER_PREFIX = "HFBG";

	/** Newest first. */
	public static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "writtenAt");

	private final ReturnVisitReports reports;

	private final JdbcAggregateOperations aggregates;

	private final JdbcClient jdbc;

	private final CaseNumbers numbers;

	private final Clock clock;

	ReturnVisitReportService(ReturnVisitReports reports, JdbcAggregateOperations aggregates, JdbcClient jdbc,
			CaseNumbers numbers, Clock clock) {
		this.reports = reports;
		this.aggregates = aggregates;
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.clock = clock;
	}

	/**
	 * VST-10: the author's report on the visits of the draft's scope, with the figures of
	 * their records as they are now.
	 */
	@Transactional
	public ReturnVisitReport write(ReportDraft draft, String author) {
		return reports.save(ReturnVisitReport.write(numbers.next(NUMBER_PREFIX), draft, figures(draft.scope()), author,
				clock.instant()));
	}

	/** VST-11: the author reworks a report the supervisor returned. */
	@Transactional
	public ReturnVisitReport revise(UUID reportId, Long expectedVersion, String summary, String evaluation,
			String reviser) {
		ReturnVisitReport report = get(reportId);
		StaleVersionException.requireCurrent("Visit report", reportId, expectedVersion, report.version());
		report.revise(summary, evaluation, reviser);
		return reports.save(report);
	}

	/** VST-11: the supervisor reviews a report. */
	@Transactional
	public ReturnVisitReport review(UUID reportId, Long expectedVersion, ReviewDecision decision, String supervisor) {
		ReturnVisitReport report = get(reportId);
		StaleVersionException.requireCurrent("Visit report", reportId, expectedVersion, report.version());
		report.review(decision, supervisor, clock.instant());
		return reports.save(report);
	}

	@Transactional(readOnly = true)
	public ReturnVisitReport get(UUID reportId) {
		return reports.findById(reportId).orElseThrow(() -> new NotFoundException("Visit report", reportId));
	}

	/** Reports in one review state, or all (VST-11). */
	@Transactional(readOnly = true)
	public Page<ReturnVisitReport> find(ReviewState reviewState, Pageable pageable) {
		return aggregates.findAll(Filters.of().equal("review.state", reviewState).query(), ReturnVisitReport.class,
				pageable);
	}

	/**
	 * VST-10: the recorded visits of a scope, counted: by satisfaction, and those after
	 * their plan's due date (not on time). The period's dates are business dates.
	 */
	@Transactional(readOnly = true)
	public VisitFigures figures(ReportScope scope) {
		Timestamp from = Timestamp.from(scope.periodFrom().atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant());
		Timestamp until = Timestamp
			.from(scope.periodTo().plusDays(1).atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant());
		String kind = scope.kind() == null ? null : scope.kind().name();
		return jdbc.sql("""
				select count(*) as visits,
				       count(*) filter (where satisfaction = 'VERY_SATISFIED') as very_satisfied,
				       count(*) filter (where satisfaction = 'SATISFIED') as satisfied,
				       count(*) filter (where satisfaction = 'BASICALLY_SATISFIED') as basically_satisfied,
				       count(*) filter (where satisfaction = 'DISSATISFIED') as dissatisfied,
				       count(*) filter (where satisfaction = 'VERY_DISSATISFIED') as very_dissatisfied,
				       count(*) filter (where not on_time) as overdue
				from visit_plan
				where status = 'VISITED' and visited_at >= ? and visited_at < ?
				  and (cast(? as varchar) is null or visitor_staff_id = ?)
				  and (cast(? as varchar) is null or kind = ?)""")
			.params(from, until, scope.visitorStaffId(), scope.visitorStaffId(), kind, kind)
			.query((rs, row) -> new VisitFigures(rs.getLong("visits"), rs.getLong("very_satisfied"),
					rs.getLong("satisfied"), rs.getLong("basically_satisfied"), rs.getLong("dissatisfied"),
					rs.getLong("very_dissatisfied"), rs.getLong("overdue")))
			.single();
	}

}
