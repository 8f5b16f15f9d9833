package cn.aode.servicedesk.specialist.need;

import cn.aode.servicedesk.platform.cases.Label;

/** Where a customer need stands. */
public enum NeedStatus implements Label.Labelled {

	SUBMITTED, ANSWERED

}
