package cn.aode.servicedesk.complaint.procedure;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * What handling a complaint found: a staff member at fault counts against them (CMP-5,
 * APT-13, X-2); without company responsibility the customer gets an explanation (CMP-6).
 */
public enum ComplaintFinding implements Label.Labelled {

	STAFF_AT_FAULT, COMPANY_RESPONSIBLE, NOT_COMPANY_RESPONSIBLE

}
