package cn.aode.servicedesk.notice.onetime;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * Where an application stands: waiting for materials, being handled (NTC-2, NTC-4), or
 * completed.
 */
public enum ApplicationStatus implements Label.Labelled {

	AWAITING_MATERIALS, HANDLING, COMPLETED

}
