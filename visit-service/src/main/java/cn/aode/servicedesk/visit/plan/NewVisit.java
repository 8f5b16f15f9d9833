package cn.aode.servicedesk.visit.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A visit a staff member plans (VST-1, VST-5): its kind, whom to visit, what about and
 * what for, by when and, optionally, who visits (default: the customer's specialist) and
 * when (default: proposed in the customer's windows, VST-6), and whether the customer
 * asked for that time even outside their windows.
 */
public record NewVisit(VisitKind kind, VisitedCustomer customer, VisitAgenda agenda, LocalDate dueBy, String visitor,
		Instant scheduledFor, boolean customerAsked) {

}
