package cn.aode.servicedesk.notice.phone.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.notice.phone.PhoneCall;

/**
 * A phone consultation to log; the staff member who answered is the caller of this
 * request.
 *
 * @param calledAt when the call came; missing means now
 */
record LogCallRequest(@NotBlank @Size(max = 100) String callerName,
		@NotBlank @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}",
				message = "must be a mainland mobile or landline number") String callerPhone,
		@NotBlank @Size(max = 40) String matterCode, @Size(max = 1000) String question, @Size(max = 2000) String notes,
		Instant calledAt) {

	PhoneCall call() {
		return new PhoneCall(callerName.strip(), callerPhone, matterCode.strip(), question, notes, calledAt);
	}

}
