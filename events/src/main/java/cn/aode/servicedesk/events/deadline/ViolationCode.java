package cn.aode.servicedesk.events.deadline;

/**
 * The DL-5 violations {@code deadline.violation-recorded} carries in {@code violation}.
 */
public enum ViolationCode {

	OVERDUE_WITHOUT_REASON, RESULT_NOT_TOLD, ANSWER_NOT_AS_COMMITTED

}
