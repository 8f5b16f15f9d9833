package cn.aode.servicedesk.complaint.procedure;

import java.util.UUID;

/**
 * The appointment a complaint is about (APT-12), as the complainant or the receiving
 * staff member named it: complaint-service keeps no appointments and looks nothing up;
 * appointment-service records the complaint on the appointment when it is the same
 * customer's.
 *
 * @param id the appointment's id in appointment-service
 * @param number its number (e.g. {@code YY20261127-0003}) as given, or null
 */
public record ConcernedAppointment(UUID id, String number) {

	public ConcernedAppointment {
		if (id == null) {
			throw new IllegalArgumentException("An appointment number is given with the appointment's id");
		}
		number = number == null || number.isBlank() ? null : number.strip();
	}

	/** The appointment named by a request, or none when it names no id. */
	public static ConcernedAppointment of(UUID id, String number) {
		return id == null && (number == null || number.isBlank()) ? null : new ConcernedAppointment(id, number);
	}

}
