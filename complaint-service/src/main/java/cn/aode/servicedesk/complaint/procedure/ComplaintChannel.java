package cn.aode.servicedesk.complaint.procedure;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * How a complaint reached the company (CMP-2: any department records a walk-in
 * complaint).
 */
public enum ComplaintChannel implements Label.Labelled {

	PHONE, WECHAT, WALK_IN, LETTER, HOTLINE_12345

}
