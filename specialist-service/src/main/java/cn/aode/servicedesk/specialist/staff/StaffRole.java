package cn.aode.servicedesk.specialist.staff;

import cn.aode.servicedesk.platform.cases.Label;

/** What a staff member does. */
public enum StaffRole implements Label.Labelled {

	SPECIALIST, DEPARTMENT_HEAD, GENERAL_MANAGER, SERVICE_CENTER_CLERK, OFFICE, HELPER

}
