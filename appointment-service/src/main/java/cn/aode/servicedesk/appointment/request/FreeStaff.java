package cn.aode.servicedesk.appointment.request;

import java.time.Instant;
import java.util.List;

import cn.aode.servicedesk.appointment.schedule.Span;

/**
 * Who could serve an appointment at a time (APT-6): whether the customer's specialist is
 * free, and the other staff of the service center who are, to assign one temporarily
 * (临时调配) when the specialist is taken.
 *
 * @param span what the appointment would hold at that time
 * @param specialist the customer's specialist, or null when they have none
 * @param specialistFree whether the specialist is free then; null without a specialist
 * @param freeStaff the service center's other staff free then, in the configured order
 */
public record FreeStaff(Instant agreedTime, Span span, String specialist, Boolean specialistFree,
		List<String> freeStaff) {
}
