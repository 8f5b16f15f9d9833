package cn.aode.servicedesk.visit.report;

/**
 * What the author of a report writes (VST-10): the visits it covers, a summary of them
 * and an evaluation.
 */
public record ReportDraft(ReportScope scope, String summary, String evaluation) {

}
