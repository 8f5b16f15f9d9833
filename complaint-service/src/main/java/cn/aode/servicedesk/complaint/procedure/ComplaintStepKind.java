package cn.aode.servicedesk.complaint.procedure;

import cn.aode.servicedesk.platform.cases.Label;

/** The steps a complaint's history shows. */
public enum ComplaintStepKind implements Label.Labelled {

	ACCEPTED, FLAGGED_MAJOR, MAJOR_ACKNOWLEDGED, HANDLED, APOLOGY_RECORDED, EXPLANATION_RECORDED, FED_BACK, ARCHIVED,
	REOPENED, PROTECTION_RECORDED

}
