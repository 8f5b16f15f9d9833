package cn.aode.servicedesk.deadline.clock.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.deadline.clock.CustomerExplanation;
import cn.aode.servicedesk.deadline.clock.DeadlineClock;
import cn.aode.servicedesk.deadline.clock.DeadlineSource;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.platform.cases.Label;

/** Request and response bodies of the deadline API. */
final class DeadlineViews {

	private DeadlineViews() {
	}

	/** A clock as the API shows it. */
	record ClockView(UUID id, DeadlineSubject subject, String title, Label source, String policy, Instant startsAt,
			Instant dueAt, Instant warnAt, Label status, String responsibleStaffId, String department,
			boolean writtenReplyRequired, String pauseReason, Instant extendedDueAt, String extensionReason,
			String extensionApprovedBy, boolean progressReported, Instant satisfiedAt, Boolean resultTold,
			Instant breachedAt, Label escalationLevel, AnswerRejectionView answerRejection, long version) {

		static ClockView of(DeadlineClock clock) {
			return new ClockView(clock.id(), clock.subject(), clock.title(), Label.of(clock.source()),
					clock.policy().toString(), clock.startsAt(), clock.dueAt(), clock.warnAt(),
					Label.of(clock.status()), clock.responsibleStaffId(), clock.department(),
					clock.writtenReplyRequired(), clock.pauseReason(), clock.extendedDueAt(), clock.extensionReason(),
					clock.extensionApprovedBy(), clock.isProgressReported(), clock.satisfiedAt(), clock.resultTold(),
					clock.breachedAt(), clock.escalationLevel() == null ? null : Label.of(clock.escalationLevel()),
					AnswerRejectionView.of(clock), clock.version());
		}

	}

	/**
	 * DL-5: the requester's rejection of the answer as not what was committed; absent
	 * while nobody rejected it.
	 */
	record AnswerRejectionView(Instant rejectedAt, String rejectedBy, String reason) {

		static AnswerRejectionView of(DeadlineClock clock) {
			return clock.answerRejectedAt() == null ? null : new AnswerRejectionView(clock.answerRejectedAt(),
					clock.answerRejectedBy(), clock.answerRejectionReason());
		}

	}

	/** DL-4: what the customer was told, by whom and when. */
	record ExplanationView(long id, Instant explainedAt, String explainedBy, String explanation) {

		static ExplanationView of(CustomerExplanation explanation) {
			return new ExplanationView(explanation.id(), explanation.explainedAt(), explanation.explainedBy(),
					explanation.explanation());
		}

	}

	/** The case a staff-registered clock belongs to. */
	record SubjectRequest(@NotBlank @Size(max = 64) String service, @NotBlank @Size(max = 64) String caseId,
			@Size(max = 32) String caseNumber, @NotBlank @Size(max = 64) String purpose) {
	}

	/**
	 * A deadline registered by staff (DL-2: promise, public commitment, leader's
	 * instruction, meeting, feedback).
	 */
	record StartClockRequest(@NotNull @Valid SubjectRequest subject, @NotBlank @Size(max = 500) String title,
			@Size(max = 16) String policy, Instant startsAt, @NotNull DeadlineSource source,
			@NotBlank @Size(max = 64) String responsibleStaffId, @NotBlank @Size(max = 100) String department,
			Boolean writtenReplyRequired) {
	}

	record PauseRequest(@NotBlank @Size(max = 500) String reason) {
	}

	/** A new limit, approved by the leader whose token sends it (DL-4). */
	record ExtendRequest(@NotNull Instant dueAt, @NotBlank @Size(max = 500) String reason) {
	}

	record ProgressReportRequest(@NotBlank @Size(max = 2000) String progress,
			@NotBlank @Size(max = 2000) String reason) {
	}

	record SatisfyRequest(@NotNull Boolean resultTold) {
	}

	/** DL-5: the answer given is not what was committed. */
	record AnswerRejectionRequest(@NotBlank @Size(max = 2000) String reason) {
	}

	/**
	 * DL-4: the explanation given to the customer for a matter that cannot be completed
	 * in time.
	 */
	record ExplanationRequest(@NotBlank @Size(max = 2000) String explanation) {
	}

}
