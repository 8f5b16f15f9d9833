package cn.aode.servicedesk.visit.plan;

/** The case of another area that caused a visit (e.g. a handled complaint). */
public record SourceCase(String caseId, String caseNumber) {

}
