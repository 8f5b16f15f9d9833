package cn.aode.servicedesk.auth.account;

/**
 * Whether an account is a member of staff or a customer; tokens carry it as {@code kind}.
 */
public enum AccountKind {

	STAFF, CUSTOMER

}
