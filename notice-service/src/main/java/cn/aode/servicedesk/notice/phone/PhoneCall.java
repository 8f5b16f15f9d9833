package cn.aode.servicedesk.notice.phone;

import java.time.Instant;

/**
 * A phone consultation as staff log it.
 *
 * @param matterCode the matter the caller asked about
 * @param question what the caller asked, or null
 * @param notes anything told beyond the catalogue's answer, or null
 * @param calledAt when the call came; null means now
 */
public record PhoneCall(String callerName, String callerPhone, String matterCode, String question, String notes,
		Instant calledAt) {
}
