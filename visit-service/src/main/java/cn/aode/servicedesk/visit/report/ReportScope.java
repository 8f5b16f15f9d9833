package cn.aode.servicedesk.visit.report;

import java.time.LocalDate;

import cn.aode.servicedesk.visit.plan.VisitKind;

/**
 * Which visits a report covers (VST-10): those that took place from {@code periodFrom} to
 * {@code periodTo} (business dates, Asia/Shanghai, both included), of one visitor and one
 * kind when they are named.
 */
public record ReportScope(LocalDate periodFrom, LocalDate periodTo, String visitorStaffId, VisitKind kind) {

	public ReportScope {
		if (periodFrom == null || periodTo == null) {
			throw new IllegalArgumentException("A report covers a period: from and to are required");
		}
		if (periodFrom.isAfter(periodTo)) {
			throw new IllegalArgumentException(
					"A report's period ends on or after it starts: " + periodFrom + " is after " + periodTo);
		}
	}

}
