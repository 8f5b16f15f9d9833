package cn.aode.servicedesk.visit.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A visit a staff member plans (VST-1, VST-5): its kind, whom to visit, what about and
 * what for, by when and, optionally, the proposed time.
 */
public record NewVisit(VisitKind kind, VisitedCustomer customer, VisitAgenda agenda, LocalDate dueBy,
		Instant scheduledFor) {

}
