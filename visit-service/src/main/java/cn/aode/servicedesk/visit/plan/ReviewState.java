package cn.aode.servicedesk.visit.plan;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * Where the supervisor's review (VST-11) of a visit record or a visit report stands:
 * pending until the supervisor reviews it or returns it for rework.
 */
public enum ReviewState implements Label.Labelled {

	PENDING, REVIEWED, RETURNED_FOR_REWORK

}
