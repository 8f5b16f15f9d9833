package cn.aode.servicedesk.complaint.procedure;

import java.time.Instant;

/**
 * How a complaint was handled and what the complainant was told (处理、反馈): who handled it,
 * the result, the finding and, for a verified staff fault (CMP-5), the staff member at
 * fault.
 */
record ComplaintResolution(String handledBy, String resolution, ComplaintFinding finding, String staffAtFault,
		Instant resolvedAt) {

}
