package cn.aode.servicedesk.deadline.clock;

import cn.aode.servicedesk.platform.cases.Label;

/** The DL-5 violations. */
public enum ViolationKind implements Label.Labelled {

	OVERDUE_WITHOUT_REASON, RESULT_NOT_TOLD, ANSWER_NOT_AS_COMMITTED

}
