package cn.aode.servicedesk.appointment.request.web;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.appointment.request.Applicant;
import cn.aode.servicedesk.appointment.request.AppointmentRequest;
import cn.aode.servicedesk.appointment.request.RefusalDecision;
import cn.aode.servicedesk.appointment.request.RefusalReview;
import cn.aode.servicedesk.appointment.request.RequestDetails;
import cn.aode.servicedesk.platform.cases.Label;

/** An appointment request as the API shows it. */
record AppointmentRequestView(UUID id, String number, Label kind, Label reason, String reasonDetail,
		Label applicantType, String applicantName, String applicantPhone, String customerId, boolean specialCare,
		Label channel, String matter, String address, Instant preferredTime, Instant receivedAt, Instant registeredAt,
		String receivedBy, String department, Label status, Instant agreedTime, String place, String staffId,
		Boolean substitute, RefusalView refusal, String answerNote, String answeredBy, Instant answeredAt,
		RefusalReviewView refusalReview, long version) {

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
		RequestDetails details = request.details();
		Applicant applicant = request.applicant();
		return new AppointmentRequestView(request.id(), request.number(), Label.of(details.kind()),
				Label.of(details.reason()), details.reasonDetail(), Label.of(applicant.type()), applicant.name(),
				applicant.phone(), applicant.customerId(), applicant.specialCare(), Label.of(details.channel()),
				details.matter(), details.address(), details.preferredTime(), request.receivedAt(),
				request.registeredAt(), request.receivedBy(), request.department(), Label.of(request.status()),
				request.agreedTime(), request.place(), request.staffId(), request.substitute(),
				RefusalView.of(request.refusal()), request.answerNote(), request.answeredBy(), request.answeredAt(),
				RefusalReviewView.of(request.refusalReview()), request.version());
	}

}
