package cn.aode.servicedesk.complaint.procedure;

import java.time.Instant;

/**
 * A major complaint (重大投诉, CMP-4): why it affects the company's image, and the principal
 * leader who acknowledged it (null until then; handling waits for it).
 */
public record MajorFlag(String reason, String flaggedBy, Instant flaggedAt, String acknowledgedBy,
		Instant acknowledgedAt) {

	boolean acknowledged() {
		return acknowledgedBy != null;
	}

	MajorFlag acknowledge(String by, Instant at) {
		return new MajorFlag(reason, flaggedBy, flaggedAt, by, at);
	}

}
