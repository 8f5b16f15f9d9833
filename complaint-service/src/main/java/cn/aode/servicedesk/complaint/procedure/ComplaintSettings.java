package cn.aode.servicedesk.complaint.procedure;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How complaints are handled here (CMP-2): the office's handler who answers for the
 * handling time, and the handling limit per category (e.g. {@code P1WD}); a category
 * without one gets DL-3's three working days with a written reply.
 */
@ConfigurationProperties("servicedesk.complaints")
public record ComplaintSettings(@DefaultValue("office-01") String officeHandler,
		@DefaultValue("办公室") String officeDepartment, @DefaultValue Map<ComplaintCategory, String> handlingLimits) {
}
