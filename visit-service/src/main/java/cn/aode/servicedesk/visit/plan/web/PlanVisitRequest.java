package cn.aode.servicedesk.visit.plan.web;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.visit.plan.NewVisit;
import cn.aode.servicedesk.visit.plan.VisitAgenda;
import cn.aode.servicedesk.visit.plan.VisitKind;
import cn.aode.servicedesk.visit.plan.VisitedCustomer;

/**
 * A special or periodic visit a staff member plans (VST-1, VST-5): whom to visit (the
 * CRM's id, when the customer is known to it, name and phone), what about and what for,
 * by when and, optionally, who visits (default: the customer's specialist) and when
 * (default: the first free time in the customer's windows, VST-6; a time outside them
 * needs {@code customerAsked}). Who plans it comes from the token.
 */
record PlanVisitRequest(@NotNull VisitKind kind, @Size(max = 64) String customerId,
		@NotBlank @Size(max = 100) String customerName, @NotBlank @Size(max = 20) String customerPhone,
		@NotBlank @Size(max = 4000) String content, @NotBlank @Size(max = 1000) String purpose,
		@NotNull LocalDate dueBy, @Size(max = 64) String visitorStaffId, Instant scheduledFor, Boolean customerAsked) {

	NewVisit visit() {
		return new NewVisit(kind, new VisitedCustomer(customerId, customerName, customerPhone),
				new VisitAgenda(content, purpose), dueBy, visitorStaffId, scheduledFor,
				Boolean.TRUE.equals(customerAsked));
	}

}
