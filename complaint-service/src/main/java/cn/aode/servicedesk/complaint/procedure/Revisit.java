package cn.aode.servicedesk.complaint.procedure;

import java.time.Instant;

/**
 * What the complaint revisit (回访, VST-4) found: the customer's satisfaction with the
 * handling and its result, in their words, reported by visit-service.
 */
public record Revisit(String satisfaction, String opinion, Instant visitedAt, String visitPlanNumber) {

	/** Very dissatisfied or dissatisfied: the complaint is handled again. */
	boolean dissatisfied() {
		return "DISSATISFIED".equals(satisfaction) || "VERY_DISSATISFIED".equals(satisfaction);
	}

}
