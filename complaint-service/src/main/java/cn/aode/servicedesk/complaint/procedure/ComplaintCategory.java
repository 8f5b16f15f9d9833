package cn.aode.servicedesk.complaint.procedure;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * What a complaint is about (CMP-2), for its handling time limit and statistics (CMP-7).
 */
public enum ComplaintCategory implements Label.Labelled {

	SERVICE_ATTITUDE, TECHNICAL_SKILL, TIMELINESS, BILLING, SAFETY, OTHER

}
