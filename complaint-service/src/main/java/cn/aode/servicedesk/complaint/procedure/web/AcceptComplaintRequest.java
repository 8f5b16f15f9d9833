package cn.aode.servicedesk.complaint.procedure.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.complaint.procedure.ComplaintCategory;
import cn.aode.servicedesk.complaint.procedure.ComplaintChannel;

/**
 * A complaint as the receiving staff member (any department, CMP-2) or the customer
 * records it.
 *
 * @param category what it is about; missing means other
 * @param subject whom or what it is about (staff member, matter, appointment or notice
 * number)
 * @param receivingDepartment the department that received it; missing means the office
 * @param majorReason why it is a major complaint (CMP-4), when it is one already at
 * intake
 * @param appointmentId the appointment the complaint is about (APT-12), or null
 * @param appointmentNumber that appointment's number as the applicant knows it, only with
 * its id; kept as given
 */
record AcceptComplaintRequest(@Size(max = 64) String customerId, @NotBlank @Size(max = 100) String customerName,
		@NotBlank @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}",
				message = "must be a mainland mobile or landline number") String customerPhone,
		@NotNull ComplaintChannel channel, @NotBlank @Size(max = 4000) String content, ComplaintCategory category,
		@Size(max = 500) String subject, @Size(max = 100) String receivingDepartment,
		@Size(max = 1000) String majorReason, @Size(max = 10) List<@NotBlank @Size(max = 500) String> attachments,
		UUID appointmentId, @Size(max = 32) String appointmentNumber) {
}
