package cn.aode.servicedesk.appointment.request;

import java.time.Instant;

/**
 * A refusal (APT-7): the reason told to the applicant, who proposed it and the general
 * manager who approved it (null while it waits for approval).
 */
public record RefusalDecision(String reason, String proposedBy, Instant proposedAt, String approvedBy,
		Instant approvedAt) {

	RefusalDecision approved(String by, Instant at) {
		return new RefusalDecision(reason, proposedBy, proposedAt, by, at);
	}

}
