package cn.aode.servicedesk.visit.customer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's basic data as the CRM last sent it (VST-7), with the contact windows a
 * visit is planned in (VST-6).
 *
 * @param kind {@code HOUSEHOLD} or {@code ENTERPRISE}
 * @param specialCare elderly, weak, sick or disabled (老弱病残)
 * @param warrantyEndsOn the last day of the accepted project's warranty, or null
 * @param updatedAt when the CRM's change happened
 */
public record CustomerProfile(String crmId, String kind, String name, String phone, String address, boolean specialCare,
		String preferredContactWindows, LocalDate gasConnectedOn, LocalDate projectAcceptedOn, LocalDate warrantyEndsOn,
		Instant updatedAt) {

}
