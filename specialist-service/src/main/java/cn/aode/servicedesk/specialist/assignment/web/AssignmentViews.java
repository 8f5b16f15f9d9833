package cn.aode.servicedesk.specialist.assignment.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.specialist.assignment.Assignment;
import cn.aode.servicedesk.specialist.assignment.Workload;
import cn.aode.servicedesk.specialist.customer.Customer;
import cn.aode.servicedesk.specialist.customer.Masking;

/** Request and response bodies of the assignment API. */
final class AssignmentViews {

	private AssignmentViews() {
	}

	/** Who becomes the specialist, why, and who decided it. */
	record AssignRequest(@NotBlank @Size(max = 64) String staffId, @Size(max = 500) String reason) {
	}

	/** One assignment, active or ended. */
	record AssignmentView(UUID id, String crmId, String staffId, Instant assignedAt, String assignedBy, String reason,
			boolean active, Instant endedAt, String endedBy, String endReason, long version) {

		static AssignmentView of(Assignment assignment) {
			return new AssignmentView(assignment.id(), assignment.customerCrmId(), assignment.staffId(),
					assignment.assignedAt(), assignment.assignedBy(), assignment.reason(), assignment.isActive(),
					assignment.endedAt(), assignment.endedBy(), assignment.endReason(), assignment.version());
		}

	}

	/** A customer without a specialist (SPC-1), phone masked. */
	record CoverageGapView(String crmId, Label kind, String name, String phone, String address, boolean specialCare,
			String preferredContactWindows, Instant updatedAt) {

		static CoverageGapView of(Customer customer) {
			return new CoverageGapView(customer.crmId(), Label.of(customer.kind()), customer.name(),
					Masking.phone(customer.phone()), customer.address(), customer.specialCare(),
					customer.preferredContactWindows(), customer.updatedAt());
		}

	}

	/**
	 * How many customers a staff member serves now, their open needs and the overdue
	 * parts of those.
	 */
	record WorkloadView(String staffId, long activeCustomers, long openNeeds, long overdueParts) {

		static WorkloadView of(String staffId, Workload workload) {
			return new WorkloadView(staffId, workload.activeCustomers(), workload.openNeeds(), workload.overdueParts());
		}

	}

}
