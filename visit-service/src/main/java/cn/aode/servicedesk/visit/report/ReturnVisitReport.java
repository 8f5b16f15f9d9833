package cn.aode.servicedesk.visit.report;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.ForbiddenException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.visit.plan.Review;
import cn.aode.servicedesk.visit.plan.ReviewDecision;

/**
 * A visit report (《客户回访报告表》, VST-10): the author's summary and evaluation of the visits
 * of a period, with the figures counted from their records when it was written; the
 * supervisor reviews it (VST-11).
 */
@Table("visit_report")
public class ReturnVisitReport extends Aggregate<ReturnVisitReport> {

	@Id
	private final UUID id;

	private final String number;

	@Embedded.Empty
	private final ReportScope scope;

	@Embedded.Empty
	private final VisitFigures figures;

	private String summary;

	private String evaluation;

	private final String authorStaffId;

	private final Instant writtenAt;

	@Embedded.Empty(prefix = "review_")
	private Review review;

	@Version
	private Long version;

	@PersistenceCreator
	ReturnVisitReport(UUID id, String number, ReportScope scope, VisitFigures figures, String summary,
			String evaluation, String authorStaffId, Instant writtenAt, Review review, Long version) {
		this.id = id;
		this.number = number;
		this.scope = scope;
		this.figures = figures;
		this.summary = summary;
		this.evaluation = evaluation;
		this.authorStaffId = authorStaffId;
		this.writtenAt = writtenAt;
		this.review = review;
		this.version = version;
	}

	/**
	 * VST-10: a report summarises and evaluates visits that took place; one covering none
	 * is refused. It waits for the supervisor's review (VST-11).
	 */
	static ReturnVisitReport write(String number, ReportDraft draft, VisitFigures figures, String author, Instant now) {
		if (draft.summary() == null || draft.summary().isBlank() || draft.evaluation() == null
				|| draft.evaluation().isBlank()) {
			throw new IllegalArgumentException("A visit report has a summary and an evaluation (VST-10)");
		}
		if (figures.visits() == 0) {
			throw new RuleViolationException("VST-10",
					"No visit took place from " + draft.scope().periodFrom() + " to " + draft.scope().periodTo()
							+ (draft.scope().visitorStaffId() == null ? "" : " by " + draft.scope().visitorStaffId())
							+ (draft.scope().kind() == null ? "" : " of kind " + draft.scope().kind())
							+ "; a visit report summarises visits that took place");
		}
		return new ReturnVisitReport(UUID.randomUUID(), number, draft.scope(), figures, draft.summary(),
				draft.evaluation(), author, now, Review.pending(), null);
	}

	/**
	 * VST-11: the author reworks a report the supervisor returned — its summary and
	 * evaluation; the figures stay as counted — and it waits for review again.
	 */
	public void revise(String summary, String evaluation, String reviser) {
		if (!reviser.equals(authorStaffId)) {
			throw new ForbiddenException("VST-11", "VST-11: visit report " + number + " is reworked by its author "
					+ authorStaffId + ", not " + reviser);
		}
		if (summary == null || summary.isBlank() || evaluation == null || evaluation.isBlank()) {
			throw new IllegalArgumentException("A visit report has a summary and an evaluation (VST-10)");
		}
		this.review = review.resubmitted("Visit report " + number);
		this.summary = summary;
		this.evaluation = evaluation;
	}

	/** VST-11: the supervisor reviews the report, once, and writes guidance. */
	public void review(ReviewDecision decision, String supervisor, Instant now) {
		this.review = review.decide("Visit report " + number, decision, supervisor, now);
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
	}

	public ReportScope scope() {
		return scope;
	}

	public VisitFigures figures() {
		return figures;
	}

	public String summary() {
		return summary;
	}

	public String evaluation() {
		return evaluation;
	}

	public String authorStaffId() {
		return authorStaffId;
	}

	public Instant writtenAt() {
		return writtenAt;
	}

	public Review review() {
		return review;
	}

	@Override
	public Long version() {
		return version;
	}

}
