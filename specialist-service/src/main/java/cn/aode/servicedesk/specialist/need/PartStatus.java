package cn.aode.servicedesk.specialist.need;

import cn.aode.servicedesk.platform.cases.Label;

/** Where one department's part of a need stands. */
public enum PartStatus implements Label.Labelled {

	PENDING, ACCEPTED, COMPLETED

}
