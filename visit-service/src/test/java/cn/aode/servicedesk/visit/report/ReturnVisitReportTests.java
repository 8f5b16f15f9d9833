package cn.aode.servicedesk.visit.report;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.visit.plan.ReviewDecision;
import cn.aode.servicedesk.visit.plan.ReviewState;
import cn.aode.servicedesk.visit.plan.VisitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReturnVisitReportTests {

	private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

	private static final ReportDraft DRAFT = new ReportDraft(new ReportScope(LocalDate.parse("2026-11-01"),
			LocalDate.parse("2026-11-30"), "staff-031", VisitKind.COMPLAINT), "11月投诉回访 4 次，1 次超期",
			"整体满意，超期原因为客户出差，建议提前电话预约");

	private static final VisitFigures FIGURES = new VisitFigures(4, 1, 2, 0, 1, 0, 1);

	@Test
	@DisplayName("VST-10: a report keeps its scope, the figures counted, the author's summary and evaluation, and "
			+ "waits for review")
	void writtenReportWaitsForReview() {
		ReturnVisitReport report = ReturnVisitReport.write("HFBG20261202-0001", DRAFT, FIGURES, "staff-031", NOW);

		assertThat(report.scope()).isEqualTo(DRAFT.scope());
		assertThat(report.figures()).isEqualTo(FIGURES);
		assertThat(report.summary()).isEqualTo("11月投诉回访 4 次，1 次超期");
		assertThat(report.authorStaffId()).isEqualTo("staff-031");
		assertThat(report.writtenAt()).isEqualTo(NOW);
		assertThat(report.review().state()).isEqualTo(ReviewState.PENDING);
		assertThat(report.review().by()).isNull();
	}

	@Test
	@DisplayName("VST-10: a report on a scope in which no visit took place is refused naming VST-10")
	void reportOnNoVisitsIsRefusedByVst10() {
		assertThatThrownBy(() -> ReturnVisitReport.write("HFBG20261202-0001", DRAFT,
				new VisitFigures(0, 0, 0, 0, 0, 0, 0), "staff-031", NOW))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.rule()).isEqualTo("VST-10"));
	}

	@Test
	@DisplayName("VST-10: a report's period ends on or after it starts")
	void periodEndsAfterItStarts() {
		assertThatThrownBy(
				() -> new ReportScope(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-11-30"), null, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new ReportScope(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-30"), null, null).periodTo())
			.isEqualTo("2026-11-30");
	}

	@Test
	@DisplayName("VST-11: the supervisor returns a report for rework with guidance, once; a second review is refused "
			+ "and changes nothing")
	void supervisorReviewsOnce() {
		ReturnVisitReport report = ReturnVisitReport.write("HFBG20261202-0001", DRAFT, FIGURES, "staff-031", NOW);

		report.review(new ReviewDecision(ReviewState.RETURNED_FOR_REWORK, "补充超期回访的改进措施"), "sup-01",
				NOW.plusSeconds(60));

		assertThat(report.review().state()).isEqualTo(ReviewState.RETURNED_FOR_REWORK);
		assertThat(report.review().by()).isEqualTo("sup-01");
		assertThat(report.review().guidance()).isEqualTo("补充超期回访的改进措施");
		assertThat(report.review().at()).isEqualTo(NOW.plusSeconds(60));
		assertThatThrownBy(
				() -> report.review(new ReviewDecision(ReviewState.REVIEWED, "同意"), "sup-02", NOW.plusSeconds(120)))
			.isInstanceOf(InvalidStateException.class);
		assertThat(report.review().by()).isEqualTo("sup-01");
	}

	@Test
	@DisplayName("VST-11: a review is REVIEWED or RETURNED_FOR_REWORK and gives guidance; otherwise it is refused "
			+ "and the report stays pending")
	void reviewNeedsAnOutcomeAndGuidance() {
		ReturnVisitReport report = ReturnVisitReport.write("HFBG20261202-0001", DRAFT, FIGURES, "staff-031", NOW);

		assertThatThrownBy(() -> report.review(new ReviewDecision(ReviewState.PENDING, "稍后"), "sup-01", NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> report.review(new ReviewDecision(ReviewState.REVIEWED, " "), "sup-01", NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(report.review().state()).isEqualTo(ReviewState.PENDING);
	}

}
