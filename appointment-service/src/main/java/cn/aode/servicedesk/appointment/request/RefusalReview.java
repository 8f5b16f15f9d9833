package cn.aode.servicedesk.appointment.request;

import java.time.Instant;

/**
 * The general manager's review of a refusal (APT-13): whether its reason holds; one that
 * does not counts against the staff member who answered the request.
 *
 * @param by who reviewed it
 * @param justified whether the refusal had a valid reason
 * @param note what the review found
 * @param at when it was reviewed
 */
public record RefusalReview(String by, boolean justified, String note, Instant at) {

}
