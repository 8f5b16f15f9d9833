package cn.aode.servicedesk.visit.plan;

import cn.aode.servicedesk.platform.cases.Label;

/** The kinds of return visit (VST-1). */
public enum VisitKind implements Label.Labelled {

	PERIODIC, AFTER_SALES, MAINTENANCE, COMPLAINT, SPECIAL

}
