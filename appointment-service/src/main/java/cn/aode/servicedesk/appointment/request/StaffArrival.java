package cn.aode.servicedesk.appointment.request;

import java.time.Instant;

/**
 * The serving staff member's check-in (APT-8, APT-9): when they arrived, whether that was
 * late, and for a hall appointment whether the forms and seals were ready.
 *
 * @param late a home visit after the agreed time; a hall appointment less than ten
 * minutes before it or without forms and seals ready
 * @param formsReady the forms to fill in are ready (hall appointments; null for a home
 * visit)
 * @param sealsReady the seals are ready (hall appointments; null for a home visit)
 */
public record StaffArrival(Instant at, boolean late, Boolean formsReady, Boolean sealsReady) {
}
