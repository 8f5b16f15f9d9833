package cn.aode.servicedesk.events.deadline;

/**
 * The DL-6 consequences {@code deadline.violation-recorded} carries in
 * {@code consequence}, heavier with each violation of a staff member in a year.
 */
public enum ConsequenceCode {

	CRITICISM, CIRCULATED_CRITICISM, WARNING

}
