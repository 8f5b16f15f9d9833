package cn.aode.servicedesk.specialist.customer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What the CRM says about a customer, normalised (trimmed, blank optional values as null,
 * ID numbers in upper case) so that an identical upsert compares equal and changes
 * nothing.
 *
 * @param specialCare elderly, weak, sick or disabled (老弱病残): a priority flag (APT-3)
 * @param preferredContactWindows when to call, e.g. {@code 工作日 18:00-20:00}
 * @param hasGasNeed the customer has a gas need or intent (SPC-1)
 */
public record CustomerData(CustomerKind kind, String name, String phone, String idNumber, String address,
		boolean specialCare, String preferredContactWindows, LocalDate gasConnectedOn, LocalDate projectAcceptedOn,
		boolean hasGasNeed, LocalDate warrantyEndsOn) {

	public CustomerData {
		Objects.requireNonNull(kind, "kind");
		name = clean(name);
		phone = clean(phone);
		idNumber = clean(idNumber);
		if (idNumber != null) {
			idNumber = idNumber.toUpperCase(Locale.ROOT);
		}
		address = clean(address);
		preferredContactWindows = clean(preferredContactWindows);
	}

	private static String clean(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
