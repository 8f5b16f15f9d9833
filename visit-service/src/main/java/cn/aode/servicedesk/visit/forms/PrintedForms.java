package cn.aode.servicedesk.visit.forms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.visit.customer.CustomerProfile;
import cn.aode.servicedesk.visit.plan.PreparationPack;
import cn.aode.servicedesk.visit.plan.Review;
import cn.aode.servicedesk.visit.plan.ReviewState;
import cn.aode.servicedesk.visit.plan.Satisfaction;
import cn.aode.servicedesk.visit.plan.VisitMethod;
import cn.aode.servicedesk.visit.plan.VisitPlan;
import cn.aode.servicedesk.visit.report.ReturnVisitReport;
import cn.aode.servicedesk.visit.report.VisitFigures;

/**
 * What the paper forms print, as text: dates in Chinese (2026年12月02日), labels in Chinese,
 * empty lines where nothing is known yet so the form can be filled in by hand.
 */
final class PrintedForms {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm")
		.withZone(CaseNumbers.BUSINESS_ZONE);

	private PrintedForms() {
	}

	/** 《客户回访计划表》. */
	record PlanForm(String number, String plannedOn, String kind, String dueBy, String customerName, String customerId,
			String customerPhone, String contactWindows, String address, String content, String purpose,
			String scheduledFor, String visitor, String plannedBy, String source) {
	}

	/** 《客户回访记录表》; one option per method and satisfaction level, the chosen one ticked. */
	record RecordForm(String number, String kind, String customerName, String customerPhone, String visitedAt,
			String visitor, List<Option> methods, List<Option> satisfactions, String customerOpinion,
			String problemsFound, String summary, String onTime, String dueBy, String review, String guidance,
			String reviewedBy) {
	}

	/** 《客户回访报告表》. */
	record ReportForm(String number, String writtenOn, String period, String kind, String visitor, long visits,
			List<Count> satisfactionCounts, long overdue, String satisfiedRate, String summary, String evaluation,
			String review, String guidance, String author, String reviewedBy) {
	}

	/** A box on the form, ticked when chosen. */
	record Option(String label, boolean chosen) {
	}

	/** A satisfaction level and how often it was answered. */
	record Count(String label, long count) {
	}

	static PlanForm plan(PreparationPack pack) {
		VisitPlan plan = pack.plan();
		CustomerProfile customer = pack.customer();
		return new PlanForm(plan.number(),
				LocalDate.ofInstant(plan.plannedAt(), CaseNumbers.BUSINESS_ZONE).format(DATE), plan.kind().zh(),
				date(plan.dueBy()), text(plan.customerName()), text(plan.customerId()), text(plan.customerPhone()),
				text(pack.contactWindows().text()), customer == null ? "" : text(customer.address()), plan.content(),
				plan.purpose(), dateTime(plan.scheduledFor()), text(plan.visitor()), text(plan.plannedBy()),
				text(plan.sourceCaseNumber()));
	}

	static RecordForm record(VisitPlan plan) {
		List<Option> methods = Arrays.stream(VisitMethod.values())
			.map(method -> new Option(method.zh(), method == plan.method()))
			.toList();
		List<Option> satisfactions = Arrays.stream(Satisfaction.values())
			.map(level -> new Option(level.zh(), level == plan.satisfaction()))
			.toList();
		Review review = plan.review();
		boolean decided = review != null && review.state() != ReviewState.PENDING;
		return new RecordForm(plan.number(), plan.kind().zh(), text(plan.customerName()), text(plan.customerPhone()),
				dateTime(plan.visitedAt()),
				text(plan.visitorStaffId() != null ? plan.visitorStaffId() : plan.visitor()), methods, satisfactions,
				text(plan.customerOpinion()), text(plan.problemsFound()), text(plan.summary()),
				plan.onTime() == null ? "" : plan.onTime() ? "是" : "否（逾期）", date(plan.dueBy()),
				review == null ? "" : review.state().zh(), decided ? review.guidance() : "",
				decided ? review.by() : "");
	}

	static ReportForm report(ReturnVisitReport report) {
		VisitFigures figures = report.figures();
		List<Count> counts = List.of(new Count(Satisfaction.VERY_SATISFIED.zh(), figures.verySatisfied()),
				new Count(Satisfaction.SATISFIED.zh(), figures.satisfied()),
				new Count(Satisfaction.BASICALLY_SATISFIED.zh(), figures.basicallySatisfied()),
				new Count(Satisfaction.DISSATISFIED.zh(), figures.dissatisfied()),
				new Count(Satisfaction.VERY_DISSATISFIED.zh(), figures.veryDissatisfied()));
		long satisfied = figures.verySatisfied() + figures.satisfied() + figures.basicallySatisfied();
		String rate = figures.visits() == 0 ? "—" : Math.round(100.0 * satisfied / figures.visits()) + "%";
		Review review = report.review();
		boolean decided = review != null && review.state() != ReviewState.PENDING;
		return new ReportForm(report.number(),
				LocalDate.ofInstant(report.writtenAt(), CaseNumbers.BUSINESS_ZONE).format(DATE),
				date(report.scope().periodFrom()) + " 至 " + date(report.scope().periodTo()),
				report.scope().kind() == null ? "全部" : report.scope().kind().zh(),
				report.scope().visitorStaffId() == null ? "全部" : report.scope().visitorStaffId(), figures.visits(),
				counts, figures.overdue(), rate, report.summary(), text(report.evaluation()),
				review == null ? "" : review.state().zh(), decided ? review.guidance() : "", report.authorStaffId(),
				decided ? review.by() : "");
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String date(LocalDate date) {
		return date == null ? "" : date.format(DATE);
	}

	private static String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

}
