package cn.aode.servicedesk.appointment.request;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Embedded;

/**
 * What happened at an accepted appointment: the staff member's arrival (APT-8, APT-9),
 * the applicant's (APT-10), how it ended and the completion statement delivered later
 * (APT-8), and when a staff member who never checked in was found absent (APT-13). Empty
 * until something happened.
 */
record Fulfilment(@Embedded.Nullable(prefix = "staff_arrival_") StaffArrival staffArrival,
		@Embedded.Nullable(prefix = "applicant_arrival_") ApplicantArrival applicantArrival,
		@Embedded.Nullable(prefix = "completion_") Completion completion,
		@Embedded.Nullable(prefix = "statement_") CompletionStatement statement, Instant staffNoShowAt) {

	static final Fulfilment NONE = new Fulfilment(null, null, null, null, null);

	Fulfilment withStaffArrival(StaffArrival arrival) {
		return new Fulfilment(arrival, applicantArrival, completion, statement, staffNoShowAt);
	}

	Fulfilment withApplicantArrival(ApplicantArrival arrival) {
		return new Fulfilment(staffArrival, arrival, completion, statement, staffNoShowAt);
	}

	Fulfilment withCompletion(Completion ended) {
		return new Fulfilment(staffArrival, applicantArrival, ended, statement, staffNoShowAt);
	}

	Fulfilment withStaffNoShow(Instant at) {
		return new Fulfilment(staffArrival, applicantArrival, completion, statement, at);
	}

	Fulfilment withStatement(CompletionStatement delivered) {
		return new Fulfilment(staffArrival, applicantArrival, completion, delivered, staffNoShowAt);
	}

}
