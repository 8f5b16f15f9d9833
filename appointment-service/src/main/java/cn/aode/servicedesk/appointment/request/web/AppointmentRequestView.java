package cn.aode.servicedesk.appointment.request.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.aode.servicedesk.appointment.request.ApplicantArrival;
import cn.aode.servicedesk.appointment.request.AppointmentChange;
import cn.aode.servicedesk.appointment.request.AppointmentComplaint;
import cn.aode.servicedesk.appointment.request.Applicant;
import cn.aode.servicedesk.appointment.request.AppointmentRequest;
import cn.aode.servicedesk.appointment.request.Completion;
import cn.aode.servicedesk.appointment.request.CompletionStatement;
import cn.aode.servicedesk.appointment.request.RefusalDecision;
import cn.aode.servicedesk.appointment.request.RefusalReview;
import cn.aode.servicedesk.appointment.request.RequestDetails;
import cn.aode.servicedesk.appointment.request.StaffArrival;
import cn.aode.servicedesk.appointment.schedule.Span;
import cn.aode.servicedesk.platform.cases.Label;

/**
 * An appointment request as the API shows it.
 *
 * @param span what an accepted appointment holds of its staff member's time (APT-6)
 * @param staffArrival the serving staff member's check-in (APT-8, APT-9)
 * @param staffNoShowAt when its staff member was found never to have checked in (APT-13)
 * @param applicantArrival the applicant's check-in (APT-10)
 * @param completion how it ended (APT-8)
 * @param statementDue whether a written completion statement is owed and not delivered
 * @param statement the completion statement delivered
 * @param changes its history: accepted, rescheduled, cancelled, oldest first
 * @param complaints the complaints raised about it in complaint-service (APT-12), in the
 * order accepted; only in the read of one appointment (null elsewhere)
 */
record AppointmentRequestView(UUID id, String number, Label kind, Label reason, String reasonDetail,
		Label applicantType, String applicantName, String applicantPhone, String customerId, boolean specialCare,
		Label channel, String matter, String address, Instant preferredTime, Instant receivedAt, Instant registeredAt,
		String receivedBy, String department, Label status, Instant agreedTime, String place, String staffId,
		Boolean substitute, String assignmentReason, SpanView span, RefusalView refusal, String answerNote,
		String answeredBy, Instant answeredAt, RefusalReviewView refusalReview, StaffArrivalView staffArrival,
		Instant staffNoShowAt, ApplicantArrivalView applicantArrival, CompletionView completion, boolean statementDue,
		StatementView statement, List<ChangeView> changes, List<ComplaintView> complaints, long version) {

	/** A complaint about the appointment, by its number (APT-12). */
	record ComplaintView(UUID complaintId, String number, Instant acceptedAt) {

		static ComplaintView of(AppointmentComplaint complaint) {
			return new ComplaintView(complaint.complaintId(), complaint.number(), complaint.acceptedAt());
		}

	}

	/** How it ended (APT-8). */
	record CompletionView(Instant completedAt, String completedBy, boolean finishedOnSite, String result,
			String outstanding, boolean applicantConfirmed, String applicantOpinion) {

		static CompletionView of(Completion completion) {
			return completion == null ? null
					: new CompletionView(completion.at(), completion.by(), completion.finishedOnSite(),
							completion.result(), completion.outstanding(), completion.applicantConfirmed(),
							completion.applicantOpinion());
		}

	}

	/** The written completion statement delivered (APT-8). */
	record StatementView(Instant deliveredAt, String summary, String deliveredTo, String deliveredBy) {

		static StatementView of(CompletionStatement statement) {
			return statement == null ? null : new StatementView(statement.deliveredAt(), statement.summary(),
					statement.deliveredTo(), statement.deliveredBy());
		}

	}

	/** The applicant's check-in, recorded by staff. */
	record ApplicantArrivalView(Instant arrivedAt, String recordedBy) {

		static ApplicantArrivalView of(ApplicantArrival arrival) {
			return arrival == null ? null : new ApplicantArrivalView(arrival.at(), arrival.recordedBy());
		}

	}

	/** The serving staff member's check-in; late counts against them (APT-13). */
	record StaffArrivalView(Instant arrivedAt, boolean late, Boolean formsReady, Boolean sealsReady) {

		static StaffArrivalView of(StaffArrival arrival) {
			return arrival == null ? null
					: new StaffArrivalView(arrival.at(), arrival.late(), arrival.formsReady(), arrival.sealsReady());
		}

	}

	/** A span of a staff member's time, {@code [start, end)}. */
	record SpanView(Instant start, Instant end) {

		static SpanView of(Span span) {
			return span == null ? null : new SpanView(span.start(), span.end());
		}

	}

	/** One entry of the history. */
	record ChangeView(Label kind, String changedBy, Instant changedAt, String reason, Instant agreedTime,
			String staffId) {

		static ChangeView of(AppointmentChange change) {
			return new ChangeView(Label.of(change.kind()), change.changedBy(), change.changedAt(), change.reason(),
					change.agreedTime(), change.staffId());
		}

	}

	/** A proposed or approved refusal (APT-7). */
	record RefusalView(String reason, String proposedBy, Instant proposedAt, String approvedBy, Instant approvedAt) {

		static RefusalView of(RefusalDecision refusal) {
			return refusal == null ? null : new RefusalView(refusal.reason(), refusal.proposedBy(),
					refusal.proposedAt(), refusal.approvedBy(), refusal.approvedAt());
		}

	}

	/** The general manager's review of a refusal (APT-13). */
	record RefusalReviewView(String reviewedBy, boolean justified, String note, Instant reviewedAt) {

		static RefusalReviewView of(RefusalReview review) {
			return review == null ? null
					: new RefusalReviewView(review.by(), review.justified(), review.note(), review.at());
		}

	}

	static AppointmentRequestView of(AppointmentRequest request) {
		return of(request, null);
	}

	/** With the complaints about it, for the read of one appointment. */
	static AppointmentRequestView of(AppointmentRequest request, List<AppointmentComplaint> complaints) {
		RequestDetails details = request.details();
		Applicant applicant = request.applicant();
		return new AppointmentRequestView(request.id(), request.number(), Label.of(details.kind()),
				Label.of(details.reason()), details.reasonDetail(), Label.of(applicant.type()), applicant.name(),
				applicant.phone(), applicant.customerId(), applicant.specialCare(), Label.of(details.channel()),
				details.matter(), details.address(), details.preferredTime(), request.receivedAt(),
				request.registeredAt(), request.receivedBy(), request.department(), Label.of(request.status()),
				request.agreedTime(), request.place(), request.staffId(), request.substitute(),
				request.assignmentReason(), SpanView.of(request.span()), RefusalView.of(request.refusal()),
				request.answerNote(), request.answeredBy(), request.answeredAt(),
				RefusalReviewView.of(request.refusalReview()), StaffArrivalView.of(request.staffArrival()),
				request.staffNoShowAt(), ApplicantArrivalView.of(request.applicantArrival()),
				CompletionView.of(request.completion()), request.statementDue(), StatementView.of(request.statement()),
				request.changes().stream().map(ChangeView::of).toList(),
				complaints == null ? null : complaints.stream().map(ComplaintView::of).toList(), request.version());
	}

}
