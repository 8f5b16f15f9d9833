package cn.aode.servicedesk.platform.security;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * What a staff member may decide, as the auth-server puts it in the token's {@code roles}
 * claim.
 */
public enum Role implements Label.Labelled {

	GENERAL_MANAGER, PRINCIPAL_LEADER, DEPARTMENT_HEAD, SPECIALIST, SERVICE_CENTER_CLERK, OFFICE_HANDLER, HELPER,
	SUPERVISOR, CUSTODIAN

}
