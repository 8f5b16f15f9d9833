package cn.aode.servicedesk.appointment.request;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint about an appointment (APT-12), as complaint-service accepted it.
 *
 * @param complaintId the complaint's id in complaint-service
 * @param number the complaint's number, e.g. {@code TS20261127-0001}
 * @param acceptedAt when complaint-service accepted it
 */
public record AppointmentComplaint(UUID complaintId, String number, Instant acceptedAt) {
}
