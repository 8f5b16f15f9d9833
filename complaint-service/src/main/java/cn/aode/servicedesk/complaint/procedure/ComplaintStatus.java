package cn.aode.servicedesk.complaint.procedure;

import cn.aode.servicedesk.platform.cases.Label;

/** Where a complaint stands in the CMP-3 procedure. */
public enum ComplaintStatus implements Label.Labelled {

	ACCEPTED, RESOLVED

}
