package cn.aode.servicedesk.visit.plan;

/**
 * What the supervisor decides on a visit record or report (VST-11): reviewed, or returned
 * for rework, with guidance for its author.
 */
public record ReviewDecision(ReviewState outcome, String guidance) {

}
