package cn.aode.servicedesk.notice.onetime;

import java.time.Instant;

/**
 * The handling of an application completed (办结), which stops its clock.
 *
 * @param resultTold whether the result was told to the applicant (DL-5)
 */
public record Completion(Instant at, String by, String result, Boolean resultTold) {
}
