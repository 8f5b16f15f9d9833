package cn.aode.servicedesk.platform.audit;

import java.time.Instant;

/**
 * One state-changing call as the audit trail keeps it.
 *
 * @param actor who acted, as records name them: the staff id, {@code customer:<crm id>}
 * or {@code client:<id>}
 * @param subject the token's subject
 * @param clientId the OAuth client the call came through (staff console, customer app,
 * CRM)
 * @param status the answer's HTTP status; refused calls are kept too
 */
public record AuditEntry(long id, Instant at, String actor, String subject, String clientId, String method, String path,
		int status, String requestId) {
}
