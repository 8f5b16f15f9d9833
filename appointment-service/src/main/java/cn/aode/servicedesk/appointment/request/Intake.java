package cn.aode.servicedesk.appointment.request;

import java.time.Instant;

/**
 * How a request came in: when it arrived, when it was entered (later for a late
 * registration, X-1), by whom and for which department.
 */
record Intake(Instant receivedAt, Instant registeredAt, String receivedBy, String department) {

}
