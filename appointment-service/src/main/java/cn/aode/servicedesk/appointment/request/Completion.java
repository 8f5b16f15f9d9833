package cn.aode.servicedesk.appointment.request;

import java.time.Instant;

/**
 * How an appointment ended (APT-8): done on the spot, or not, and then a written
 * completion statement (办结情况说明) is due; the applicant's confirmation of the result.
 *
 * @param by the serving staff member
 * @param finishedOnSite whether the matter was finished on the spot
 * @param result what was done
 * @param outstanding what is left to do when not finished on the spot; null otherwise
 * @param applicantConfirmed whether the applicant confirmed the result (signed the form)
 * @param applicantOpinion the applicant's words on the result, or null
 */
public record Completion(Instant at, String by, boolean finishedOnSite, String result, String outstanding,
		boolean applicantConfirmed, String applicantOpinion) {
}
