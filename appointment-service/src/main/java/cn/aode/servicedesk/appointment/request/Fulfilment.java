package cn.aode.servicedesk.appointment.request;

import org.springframework.data.relational.core.mapping.Embedded;

/**
 * What happened at an accepted appointment: the staff member's arrival (APT-8, APT-9).
 * Empty until something happened.
 */
record Fulfilment(@Embedded.Nullable(prefix = "staff_arrival_") StaffArrival staffArrival) {

	static final Fulfilment NONE = new Fulfilment(null);

	Fulfilment withStaffArrival(StaffArrival arrival) {
		return new Fulfilment(arrival);
	}

}
