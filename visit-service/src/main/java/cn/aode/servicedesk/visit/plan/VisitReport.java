package cn.aode.servicedesk.visit.plan;

import java.time.Instant;

/**
 * What the visitor reports of a visit that took place (VST-8): when and by whom, the
 * customer's satisfaction and opinion, and a summary.
 */
public record VisitReport(Instant visitedAt, String visitorStaffId, Satisfaction satisfaction, String customerOpinion,
		String summary) {

}
