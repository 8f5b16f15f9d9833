package cn.aode.servicedesk.visit.plan;

/** What a planned visit is about and what it is for (VST-5: content and purpose). */
public record VisitAgenda(String content, String purpose) {

}
