package cn.aode.servicedesk.complaint.procedure.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.complaint.procedure.ComplaintFinding;

/**
 * How the complaint was handled, as told to the complainant, and what was found; the
 * staff member at fault only with {@code STAFF_AT_FAULT} (CMP-5).
 */
record ResolveComplaintRequest(@NotBlank @Size(max = 4000) String resolution, @NotNull ComplaintFinding finding,
		@Size(max = 64) String staffAtFault) {
}
