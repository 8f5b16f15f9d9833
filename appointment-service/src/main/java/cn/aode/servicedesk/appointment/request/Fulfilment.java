package cn.aode.servicedesk.appointment.request;

import org.springframework.data.relational.core.mapping.Embedded;

/**
 * What happened at an accepted appointment: the staff member's arrival (APT-8, APT-9) and
 * the applicant's (APT-10). Empty until something happened.
 */
record Fulfilment(@Embedded.Nullable(prefix = "staff_arrival_") StaffArrival staffArrival,
		@Embedded.Nullable(prefix = "applicant_arrival_") ApplicantArrival applicantArrival) {

	static final Fulfilment NONE = new Fulfilment(null, null);

	Fulfilment withStaffArrival(StaffArrival arrival) {
		return new Fulfilment(arrival, applicantArrival);
	}

	Fulfilment withApplicantArrival(ApplicantArrival arrival) {
		return new Fulfilment(staffArrival, arrival);
	}

}
