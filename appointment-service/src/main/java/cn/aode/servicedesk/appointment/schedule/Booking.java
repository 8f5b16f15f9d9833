package cn.aode.servicedesk.appointment.schedule;

import java.util.UUID;

/** An accepted appointment as the schedule sees it: whose span it holds, and which. */
public record Booking(UUID appointmentId, String number, String staffId, Span span) {
}
