package cn.aode.servicedesk.visit.plan.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.visit.plan.Satisfaction;
import cn.aode.servicedesk.visit.plan.VisitMethod;
import cn.aode.servicedesk.visit.plan.VisitReport;

/**
 * A visit as the visitor records it (《客户回访记录表》, VST-8): when and how it was made, the
 * customer's satisfaction and opinion, the problems found and a summary; a complaint
 * revisit also records the customer's view of the handling and its result (VST-4). The
 * method is optional so that clients that predate it keep working.
 */
record RecordVisitRequest(@NotNull Instant visitedAt, VisitMethod method, @NotNull Satisfaction satisfaction,
		@Size(max = 4000) String customerOpinion, @Size(max = 4000) String problemsFound,
		@NotBlank @Size(max = 4000) String summary) {

	/** The report of the visitor whose token sends it. */
	VisitReport report(String visitorStaffId) {
		return new VisitReport(visitedAt, visitorStaffId, method, satisfaction, customerOpinion, problemsFound,
				summary);
	}

}
