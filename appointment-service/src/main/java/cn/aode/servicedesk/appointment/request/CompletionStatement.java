package cn.aode.servicedesk.appointment.request;

import java.time.Instant;

/**
 * The written completion statement (办结情况说明) delivered after an appointment not finished
 * on the spot (APT-8).
 *
 * @param summary what the statement says was done
 * @param deliveredTo who received it
 * @param deliveredBy the staff member who delivered it
 */
public record CompletionStatement(Instant deliveredAt, String summary, String deliveredTo, String deliveredBy) {
}
