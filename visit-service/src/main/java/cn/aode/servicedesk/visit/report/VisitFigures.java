package cn.aode.servicedesk.visit.report;

/**
 * What a report counts of the visits it covers (VST-10): how many there were, how
 * satisfied their customers were on the five levels of 《客户回访记录表》, and how many were
 * overdue (after their plan's due date). Counted in SQL when the report is written.
 */
public record VisitFigures(long visits, long verySatisfied, long satisfied, long basicallySatisfied, long dissatisfied,
		long veryDissatisfied, long overdue) {

}
