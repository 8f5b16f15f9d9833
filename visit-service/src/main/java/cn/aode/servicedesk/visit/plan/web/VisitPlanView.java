package cn.aode.servicedesk.visit.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.visit.plan.Review;
import cn.aode.servicedesk.visit.plan.VisitPlan;

/**
 * A visit plan and, once visited, its record as the API shows them; {@code onTime} false
 * means the visit was overdue (after the plan's due date); {@code followUpOf} names the
 * plan whose dissatisfied answer this one follows up (VST-9); {@code review} is the
 * supervisor's review of the record (VST-11), absent while planned; {@code visitor} is
 * who is to visit and {@code scheduledFor} when (VST-5, VST-6), with
 * {@code calendarEstimated} and {@code windowsUnderstood} saying what that time rests on.
 */
record VisitPlanView(UUID id, String number, Label kind, String sourceCaseId, String sourceCaseNumber,
		String customerId, String customerName, String customerPhone, String content, String purpose, LocalDate dueBy,
		Instant plannedAt, String plannedBy, String visitor, Instant scheduledFor, boolean calendarEstimated,
		boolean windowsUnderstood, UUID followUpOf, Label status, Instant visitedAt, String visitorStaffId,
		Label method, Label satisfaction, String customerOpinion, String problemsFound, String summary, Boolean onTime,
		Instant recordedAt, ReviewView review, long version) {

	static VisitPlanView of(VisitPlan plan) {
		return new VisitPlanView(plan.id(), plan.number(), Label.of(plan.kind()), plan.sourceCaseId(),
				plan.sourceCaseNumber(), plan.customerId(), plan.customerName(), plan.customerPhone(), plan.content(),
				plan.purpose(), plan.dueBy(), plan.plannedAt(), plan.plannedBy(), plan.visitor(), plan.scheduledFor(),
				plan.calendarEstimated(), plan.windowsUnderstood(), plan.followUpOf(), Label.of(plan.status()),
				plan.visitedAt(), plan.visitorStaffId(), plan.method() == null ? null : Label.of(plan.method()),
				plan.satisfaction() == null ? null : Label.of(plan.satisfaction()), plan.customerOpinion(),
				plan.problemsFound(), plan.summary(), plan.onTime(), plan.recordedAt(), ReviewView.of(plan.review()),
				plan.version());
	}

	/** The supervisor's review (VST-11). */
	record ReviewView(Label state, String by, String guidance, Instant at) {

		static ReviewView of(Review review) {
			return review == null ? null
					: new ReviewView(Label.of(review.state()), review.by(), review.guidance(), review.at());
		}

	}

}
