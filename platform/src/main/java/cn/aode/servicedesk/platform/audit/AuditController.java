package cn.aode.servicedesk.platform.audit;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.platform.security.Caller;
import cn.aode.servicedesk.platform.security.Role;
import cn.aode.servicedesk.platform.web.PageView;

/**
 * The service's audit trail for leaders, at {@code /api/v1/audit/<service name>} so
 * that the gateway can route each service's trail to it.
 */
@RestController
@Tag(name = "Audit 审计记录", description = "X-1: who changed what in this service, and when")
public class AuditController {

	private final AuditEntries entries;

	public AuditController(AuditEntries entries) {
		this.entries = entries;
	}

	@GetMapping("/api/v1/audit/${spring.application.name}")
	@Operation(summary = "Every state-changing call, newest first; for the general manager, principal leaders and "
			+ "department heads (X-1)")
	PageView<AuditEntry> trail(Caller caller, @RequestParam(required = false) String actor,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		caller.staffMemberWith("X-1", Role.GENERAL_MANAGER, Role.PRINCIPAL_LEADER, Role.DEPARTMENT_HEAD);
		return PageView.of(entries.find(actor, from, to, PageView.request(page, size, Sort.unsorted())), e -> e);
	}

}
