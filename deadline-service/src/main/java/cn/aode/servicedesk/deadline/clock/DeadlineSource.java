package cn.aode.servicedesk.deadline.clock;

import cn.aode.servicedesk.platform.cases.Label;

/** Where a time limit comes from (DL-2). */
public enum DeadlineSource implements Label.Labelled {

	CUSTOMER_PROMISE, PUBLIC_COMMITMENT, LEADER_INSTRUCTION, MEETING_DECISION, CUSTOMER_FEEDBACK, SERVICE_RULE,
	NO_LIMIT_GIVEN

}
