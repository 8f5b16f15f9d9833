package cn.aode.servicedesk.complaint.procedure.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.aode.servicedesk.complaint.procedure.Apology;
import cn.aode.servicedesk.complaint.procedure.Complaint;
import cn.aode.servicedesk.complaint.procedure.ComplaintStep;
import cn.aode.servicedesk.complaint.procedure.ConcernedAppointment;
import cn.aode.servicedesk.complaint.procedure.Explanation;
import cn.aode.servicedesk.complaint.procedure.Feedback;
import cn.aode.servicedesk.complaint.procedure.Handling;
import cn.aode.servicedesk.complaint.procedure.MajorFlag;
import cn.aode.servicedesk.complaint.procedure.Revisit;
import cn.aode.servicedesk.platform.cases.Label;

/**
 * A complaint as the API shows it, each step of the procedure as its own part (null until
 * taken). Protective measures (CMP-8) are only flagged here; their content has its own
 * read.
 *
 * @param appointment the appointment it is about (APT-12) as the complainant named it, or
 * null
 */
record ComplaintView(UUID id, String number, String customerId, String customerName, String customerPhone,
		Label channel, String content, Label category, String subject, List<String> attachments,
		ConcernedAppointment appointment, Instant receivedAt, String receivedBy, String receivingDepartment,
		Label status, MajorFlag major, HandlingView handling, Apology apology, Explanation explanation,
		FeedbackView feedback, Revisit revisit, boolean protectionRecorded, int reopenCount, String lastReopenReason,
		Instant archivedAt, long version) {

	/** The handling with its finding labelled. */
	record HandlingView(String handledBy, String investigation, String actions, Label finding, String staffAtFault,
			Instant handledAt) {

		static HandlingView of(Handling handling) {
			return handling == null ? null
					: new HandlingView(handling.handledBy(), handling.investigation(), handling.actions(),
							handling.finding() == null ? null : Label.of(handling.finding()), handling.staffAtFault(),
							handling.handledAt());
		}

	}

	/** The feedback with its channel labelled. */
	record FeedbackView(Label channel, String content, String givenBy, Instant givenAt) {

		static FeedbackView of(Feedback feedback) {
			return feedback == null ? null
					: new FeedbackView(feedback.channel() == null ? null : Label.of(feedback.channel()),
							feedback.content(), feedback.givenBy(), feedback.givenAt());
		}

	}

	/** One step of the complaint's history. */
	record StepView(Instant at, Label step, String actor, String detail) {

		static StepView of(ComplaintStep step) {
			return new StepView(step.at(), Label.of(step.step()), step.actor(), step.detail());
		}

	}

	static ComplaintView of(Complaint complaint) {
		return new ComplaintView(complaint.id(), complaint.number(), complaint.customerId(), complaint.customerName(),
				complaint.customerPhone(), Label.of(complaint.channel()), complaint.content(),
				Label.of(complaint.intake().category()), complaint.intake().subject(), complaint.intake().attachments(),
				complaint.intake().appointment(), complaint.receivedAt(), complaint.intake().receivedBy(),
				complaint.intake().department(), Label.of(complaint.status()), complaint.major(),
				HandlingView.of(complaint.handling()), complaint.apology(), complaint.explanation(),
				FeedbackView.of(complaint.feedback()), complaint.revisit(), complaint.protection() != null,
				complaint.reopenCount(), complaint.lastReopenReason(), complaint.archivedAt(), complaint.version());
	}

}
