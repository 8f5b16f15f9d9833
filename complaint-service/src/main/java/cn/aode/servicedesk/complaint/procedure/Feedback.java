package cn.aode.servicedesk.complaint.procedure;

import java.time.Instant;

/** Feedback (反馈, CMP-3): what the complainant was told, how, when and by whom. */
public record Feedback(ComplaintChannel channel, String content, String givenBy, Instant givenAt) {
}
