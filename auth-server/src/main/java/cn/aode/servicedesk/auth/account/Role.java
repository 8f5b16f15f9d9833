package cn.aode.servicedesk.auth.account;

/** What a member of staff may do; tokens carry the names in {@code roles}. */
public enum Role {

	GENERAL_MANAGER, PRINCIPAL_LEADER, DEPARTMENT_HEAD, SPECIALIST, SERVICE_CENTER_CLERK, OFFICE_HANDLER, HELPER,
	SUPERVISOR, CUSTODIAN

}
