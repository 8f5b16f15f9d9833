package cn.aode.servicedesk.complaint.procedure.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.complaint.procedure.ComplaintChannel;

/** A complaint as the receiving clerk records it. */
record AcceptComplaintRequest(@Size(max = 64) String customerId, @NotBlank @Size(max = 100) String customerName,
		@NotBlank @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}",
				message = "must be a mainland mobile or landline number") String customerPhone,
		@NotNull ComplaintChannel channel, @NotBlank @Size(max = 4000) String content) {
}
