package cn.aode.servicedesk.visit.plan;

import java.time.Instant;

/**
 * The record of a visit (《客户回访记录表》, VST-8): the visitor's report, whether it was within
 * the planned time, and when it was recorded (null for records made before that was
 * kept). Records made before the method and problems were kept have none.
 */
record VisitRecord(Instant visitedAt, String visitorStaffId, VisitMethod method, Satisfaction satisfaction,
		String customerOpinion, String problemsFound, String summary, Boolean onTime, Instant recordedAt) {

	/**
	 * VST-11: the record reworked: what the customer said, the problems and the summary.
	 */
	VisitRecord revised(String customerOpinion, String problemsFound, String summary) {
		return new VisitRecord(visitedAt, visitorStaffId, method, satisfaction, customerOpinion, problemsFound, summary,
				onTime, recordedAt);
	}

	static VisitRecord of(VisitReport report, boolean onTime, Instant recordedAt) {
		return new VisitRecord(report.visitedAt(), report.visitorStaffId(), report.method(), report.satisfaction(),
				report.customerOpinion(), report.problemsFound(), report.summary(), onTime, recordedAt);
	}

}
