package cn.aode.servicedesk.visit.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint of the customer, for the visitor's service history (VST-7): when and how it
 * came in and, once handled, its resolution and finding; the parts not known yet are
 * null.
 */
public record CustomerComplaint(UUID complaintId, String number, Instant acceptedAt, String channel, String summary,
		Instant resolvedAt, String resolution, String finding) {

}
