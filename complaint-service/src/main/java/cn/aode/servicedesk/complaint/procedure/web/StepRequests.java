package cn.aode.servicedesk.complaint.procedure.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.complaint.procedure.ComplaintChannel;
import cn.aode.servicedesk.complaint.procedure.ComplaintFinding;

/** The bodies of the procedure's steps; who takes each step comes from the token. */
final class StepRequests {

	private StepRequests() {
	}

	/**
	 * CMP-4: why the complaint affects the company's image (checked by the rule: 422).
	 */
	record MajorRequest(@Size(max = 1000) String reason) {
	}

	/**
	 * Handling (CMP-1): facts found and who was heard, the finding, the actions taken;
	 * the staff member at fault only with {@code STAFF_AT_FAULT} (CMP-5).
	 */
	record HandlingRequest(@Size(max = 4000) String investigation, @NotBlank @Size(max = 4000) String actions,
			@NotNull ComplaintFinding finding, @Size(max = 64) String staffAtFault) {
	}

	/** CMP-5: the supervisor who apologised with the staff member at fault, and how. */
	record ApologyRequest(@NotBlank @Size(max = 64) String supervisorId, @NotBlank @Size(max = 1000) String how,
			Instant apologisedAt) {
	}

	/** CMP-6: the explanation the customer was given. */
	record ExplanationRequest(@NotBlank @Size(max = 4000) String explanation) {
	}

	/** Feedback (反馈): how and what the complainant was told. */
	record FeedbackRequest(@NotNull ComplaintChannel channel, @NotBlank @Size(max = 4000) String content) {
	}

	/** CMP-8: who or what is at risk of retaliation, and the measures taken. */
	record ProtectionRequest(@NotBlank @Size(max = 1000) String atRisk, @NotBlank @Size(max = 2000) String measures) {
	}

}
