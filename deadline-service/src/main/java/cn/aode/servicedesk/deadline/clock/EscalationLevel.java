package cn.aode.servicedesk.deadline.clock;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * Who has been told of an overdue matter, level by level up the management chain (DL-4).
 */
public enum EscalationLevel implements Label.Labelled {

	RESPONSIBLE_STAFF, DEPARTMENT_HEAD, GENERAL_MANAGER

}
