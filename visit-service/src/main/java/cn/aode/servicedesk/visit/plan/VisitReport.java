package cn.aode.servicedesk.visit.plan;

import java.time.Instant;

/**
 * What the visitor reports of a visit that took place (《客户回访记录表》, VST-8): when, how and
 * by whom, the customer's satisfaction and opinion, the problems found, and a summary.
 *
 * @param method how the visit was made; null when the caller did not say (clients that
 * predate it)
 * @param problemsFound problems found on the visit, or null
 */
public record VisitReport(Instant visitedAt, String visitorStaffId, VisitMethod method, Satisfaction satisfaction,
		String customerOpinion, String problemsFound, String summary) {

}
