package cn.aode.servicedesk.specialist.need;

import cn.aode.servicedesk.platform.cases.Label;

/** What a line of the customer's file records. */
public enum FileEntryKind implements Label.Labelled {

	NEED_SUBMITTED, PART_COMPLETED, NEED_ANSWERED, SERVICE_LOG

}
