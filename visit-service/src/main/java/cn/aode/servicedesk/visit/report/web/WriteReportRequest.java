package cn.aode.servicedesk.visit.report.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.visit.plan.VisitKind;
import cn.aode.servicedesk.visit.report.ReportDraft;
import cn.aode.servicedesk.visit.report.ReportScope;

/**
 * A visit report as its author writes it (《客户回访报告表》, VST-10): the period of the visits
 * (business dates, both included), optionally one visitor and one kind, a summary and an
 * evaluation. The author comes from the token; the figures are counted from the records.
 */
record WriteReportRequest(@NotNull LocalDate from, @NotNull LocalDate to, @Size(max = 64) String visitorStaffId,
		VisitKind kind, @NotBlank @Size(max = 4000) String summary, @NotBlank @Size(max = 4000) String evaluation) {

	ReportDraft draft() {
		return new ReportDraft(new ReportScope(from, to, visitorStaffId, kind), summary, evaluation);
	}

}
