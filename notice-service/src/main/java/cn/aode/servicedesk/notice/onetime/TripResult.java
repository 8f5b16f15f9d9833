package cn.aode.servicedesk.notice.onetime;

/**
 * The answer of one trip (NTC-2): complete and handled at once, or the notice of
 * everything missing.
 *
 * @param notice the notice issued, or null when the materials were complete
 */
public record TripResult(Application application, PreCheckOutcome outcome, OneTimeNotice notice) {
}
