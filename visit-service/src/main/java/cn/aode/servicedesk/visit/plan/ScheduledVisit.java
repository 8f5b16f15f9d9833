package cn.aode.servicedesk.visit.plan;

import java.time.LocalDate;

/**
 * One visit of a schedule made from a customer's fact (VST-2, VST-3): its kind, the date
 * of the fact (gas connected, project accepted), its slot in the schedule (0 the first)
 * and its due date.
 */
public record ScheduledVisit(VisitKind kind, LocalDate triggeredOn, int slot, LocalDate dueBy) {

}
