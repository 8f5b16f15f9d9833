package cn.aode.servicedesk.visit.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.aode.servicedesk.visit.plan.Review;
import cn.aode.servicedesk.visit.plan.VisitKind;

/** Visit reports as they are read back from the database, for tests of the web layer. */
public final class ReturnVisitReportFixtures {

	private ReturnVisitReportFixtures() {
	}

	/** A pending report on November's complaint revisits of staff-031, at version 0. */
	public static ReturnVisitReport pending(UUID id) {
		return new ReturnVisitReport(id, "HFBG20261202-0001",
				new ReportScope(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), "staff-031",
						VisitKind.COMPLAINT),
				new VisitFigures(4, 1, 2, 0, 1, 0, 1), "11月投诉回访 4 次", "整体满意", "staff-031",
				Instant.parse("2026-12-02T02:00:00Z"), Review.pending(), 0L);
	}

}
