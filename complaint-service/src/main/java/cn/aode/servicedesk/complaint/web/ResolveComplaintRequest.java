package cn.aode.servicedesk.complaint.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How the complaint was handled, as told to the complainant. */
record ResolveComplaintRequest(@NotBlank @Size(max = 64) String handledBy,
		@NotBlank @Size(max = 4000) String resolution) {
}
