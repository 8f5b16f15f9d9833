package cn.aode.servicedesk.assist.unresolved;

import cn.aode.servicedesk.platform.cases.Label;

/** Why a matter could not get done, as the applicant reports it. */
public enum UnresolvedCause implements Label.Labelled {

	MATERIALS_UNCLEAR, REFUSED_WITHOUT_REASON, SENT_BACK_AND_FORTH, TOO_SLOW, POLICY_GAP, STAFF_ATTITUDE, OTHER

}
