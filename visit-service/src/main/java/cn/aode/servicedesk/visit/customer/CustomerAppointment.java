package cn.aode.servicedesk.visit.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment of the customer, for the visitor's service history (VST-7): what it was
 * about, when and with whom, where it stands and, once completed, its result.
 */
public record CustomerAppointment(UUID appointmentId, String number, String kind, String matter, Instant agreedTime,
		String staffId, String status, String result, Instant updatedAt) {

}
