package cn.aode.servicedesk.appointment.request;

import java.time.Instant;

/**
 * The applicant checked in (APT-10): at the hall, or at home when the staff member
 * arrives for a home visit; recorded by staff.
 */
public record ApplicantArrival(Instant at, String recordedBy) {
}
