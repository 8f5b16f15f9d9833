package cn.aode.servicedesk.specialist.customer.web;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.specialist.customer.CrmIds;
import cn.aode.servicedesk.specialist.customer.CustomerData;
import cn.aode.servicedesk.specialist.customer.CustomerKind;
import cn.aode.servicedesk.specialist.customer.IdNumber;

/**
 * A customer as the CRM sends it: the body of an upsert (where {@code crmId} may be left
 * out, the path names it) and one row of an import (where it is required).
 */
record CustomerRequest(
		@Size(max = 64) @Pattern(regexp = CrmIds.REGEXP,
				message = "must be 1 to 64 letters, digits, '.', '_' or '-'") String crmId,
		@NotNull CustomerKind kind, @NotBlank @Size(max = 100) String name,
		@NotBlank @Pattern(regexp = PHONE, message = "must be a mainland mobile or landline number") String phone,
		@IdNumber String idNumber, @Size(max = 300) String address, Boolean specialCare,
		@Size(max = 200) String preferredContactWindows, LocalDate gasConnectedOn, LocalDate projectAcceptedOn,
		Boolean hasGasNeed, LocalDate warrantyEndsOn) {

	/** A mainland mobile number or a landline with its area code. */
	static final String PHONE = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";

	/**
	 * VST-2: a warranty belongs to an accepted project and ends on or after its
	 * acceptance.
	 */
	@AssertTrue(message = "needs projectAcceptedOn and may not end before it")
	boolean isWarrantyAfterAcceptance() {
		return warrantyEndsOn == null || projectAcceptedOn != null && !warrantyEndsOn.isBefore(projectAcceptedOn);
	}

	CustomerData toData() {
		return new CustomerData(kind, name, phone, idNumber, address, Boolean.TRUE.equals(specialCare),
				preferredContactWindows, gasConnectedOn, projectAcceptedOn, Boolean.TRUE.equals(hasGasNeed),
				warrantyEndsOn);
	}

}
