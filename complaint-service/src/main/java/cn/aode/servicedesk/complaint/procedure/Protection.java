package cn.aode.servicedesk.complaint.procedure;

import java.time.Instant;

/**
 * CMP-8: people or property at risk of retaliation and the protective measures taken;
 * shown only to leaders and the complaint's handler.
 */
public record Protection(String atRisk, String measures, String flaggedBy, Instant flaggedAt) {
}
