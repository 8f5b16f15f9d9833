package cn.aode.servicedesk.deadline.clock;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How clocks are watched.
 *
 * @param warnShare share of the allowed time after which a running clock warns (default
 * 0.75)
 * @param escalationDelay how long an overdue matter stays at one level before the next is
 * told
 * @param scanBatch how many due clocks one scan handles per kind (warn, breach, escalate)
 */
@ConfigurationProperties("servicedesk.deadlines")
public record DeadlineProperties(double warnShare, Duration escalationDelay, int scanBatch) {

	public DeadlineProperties {
		if (warnShare <= 0 || warnShare >= 1) {
			warnShare = 0.75;
		}
		if (escalationDelay == null) {
			escalationDelay = Duration.ofHours(4);
		}
		if (scanBatch <= 0) {
			scanBatch = 1000;
		}
	}

}
