package cn.aode.servicedesk.specialist.customer.web;

import java.time.Instant;
import java.time.LocalDate;

import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.specialist.customer.Customer;
import cn.aode.servicedesk.specialist.customer.Masking;

/**
 * A customer as the API shows it; phone and ID number are masked unless the caller is one
 * of the customer's active specialists ({@code masked} says which).
 */
record CustomerView(String crmId, Label kind, String name, String phone, String idNumber, boolean masked,
		String address, boolean specialCare, String preferredContactWindows, LocalDate gasConnectedOn,
		LocalDate projectAcceptedOn, LocalDate warrantyEndsOn, boolean hasGasNeed, Instant updatedAt, long version) {

	static CustomerView masked(Customer customer) {
		return of(customer, false);
	}

	static CustomerView of(Customer customer, boolean full) {
		return new CustomerView(customer.crmId(), Label.of(customer.kind()), customer.name(),
				full ? customer.phone() : Masking.phone(customer.phone()),
				full ? customer.idNumber() : Masking.idNumber(customer.idNumber()), !full, customer.address(),
				customer.specialCare(), customer.preferredContactWindows(), customer.gasConnectedOn(),
				customer.projectAcceptedOn(), customer.warrantyEndsOn(), customer.hasGasNeed(), customer.updatedAt(),
				customer.version());
	}

}
