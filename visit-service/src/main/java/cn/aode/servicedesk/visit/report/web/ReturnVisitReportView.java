package cn.aode.servicedesk.visit.report.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.visit.plan.Review;
import cn.aode.servicedesk.visit.plan.Satisfaction;
import cn.aode.servicedesk.visit.report.ReturnVisitReport;
import cn.aode.servicedesk.visit.report.VisitFigures;

/**
 * A visit report as the API shows it (VST-10), with the supervisor's review (VST-11).
 */
record ReturnVisitReportView(UUID id, String number, LocalDate from, LocalDate to, String visitorStaffId, Label kind,
		FiguresView figures, String summary, String evaluation, String authorStaffId, Instant writtenAt,
		ReviewView review, long version) {

	static ReturnVisitReportView of(ReturnVisitReport report) {
		return new ReturnVisitReportView(report.id(), report.number(), report.scope().periodFrom(),
				report.scope().periodTo(), report.scope().visitorStaffId(),
				report.scope().kind() == null ? null : Label.of(report.scope().kind()),
				FiguresView.of(report.figures()), report.summary(), report.evaluation(), report.authorStaffId(),
				report.writtenAt(), ReviewView.of(report.review()), report.version());
	}

	/**
	 * The counted visits: how many, how many of each satisfaction level (by code, most
	 * satisfied first) and how many were overdue.
	 */
	record FiguresView(long visits, Map<String, Long> satisfaction, long overdue) {

		static FiguresView of(VisitFigures figures) {
			Map<String, Long> satisfaction = new LinkedHashMap<>();
			satisfaction.put(Satisfaction.VERY_SATISFIED.name(), figures.verySatisfied());
			satisfaction.put(Satisfaction.SATISFIED.name(), figures.satisfied());
			satisfaction.put(Satisfaction.BASICALLY_SATISFIED.name(), figures.basicallySatisfied());
			satisfaction.put(Satisfaction.DISSATISFIED.name(), figures.dissatisfied());
			satisfaction.put(Satisfaction.VERY_DISSATISFIED.name(), figures.veryDissatisfied());
			return new FiguresView(figures.visits(), satisfaction, figures.overdue());
		}

	}

	/** The supervisor's review (VST-11). */
	record ReviewView(Label state, String by, String guidance, Instant at) {

		static ReviewView of(Review review) {
			return new ReviewView(Label.of(review.state()), review.by(), review.guidance(), review.at());
		}

	}

}
