package cn.aode.servicedesk.complaint.procedure;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * Where a complaint stands in the CMP-3 procedure: accepted (again, when a revisit found
 * the customer dissatisfied), handled, result fed back and waiting for its revisit,
 * archived.
 */
public enum ComplaintStatus implements Label.Labelled {

	ACCEPTED, HANDLED, FED_BACK, ARCHIVED

}
