package cn.aode.servicedesk.assist.errand;

import cn.aode.servicedesk.platform.cases.Label;

/** AST-7: where a permit errand stands. */
public enum ErrandStatus implements Label.Labelled {

	PREPARING, SUBMITTED, APPROVED, REJECTED, WITHDRAWN, CLOSED

}
