package cn.aode.servicedesk.notice.onetime;

import java.time.Instant;

/**
 * NTC-2, NTC-4: handling started once the materials were complete, within the matter's
 * time limit.
 *
 * @param matterVersion the catalogue version whose time limit applies
 * @param timeLimit the deadline policy requested, e.g. {@code P5WD}
 */
public record Handling(Instant startedAt, String startedBy, Integer matterVersion, String timeLimit) {
}
