package cn.aode.servicedesk.complaint.procedure;

import java.time.Instant;

/**
 * CMP-5: the staff member at fault and their supervisor apologised to the customer: who
 * the supervisor is, how and when, recorded by whom.
 */
public record Apology(String supervisorId, String how, Instant apologisedAt, String recordedBy) {
}
