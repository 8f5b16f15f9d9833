package cn.aode.servicedesk.specialist.staff;

/** The DL-5 violations {@code deadline.violation-recorded} carries. */
public enum DeadlineViolation {

	OVERDUE_WITHOUT_REASON, RESULT_NOT_TOLD, ANSWER_NOT_AS_COMMITTED

}
