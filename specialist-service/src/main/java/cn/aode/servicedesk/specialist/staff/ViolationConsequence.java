package cn.aode.servicedesk.specialist.staff;

/**
 * The DL-6 consequences {@code deadline.violation-recorded} carries, heavier with each
 * violation of a staff member in a year.
 */
public enum ViolationConsequence {

	CRITICISM, CIRCULATED_CRITICISM, WARNING

}
