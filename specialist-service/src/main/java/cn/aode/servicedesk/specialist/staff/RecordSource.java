package cn.aode.servicedesk.specialist.staff;

import cn.aode.servicedesk.platform.cases.Label;

/** Where a staff record entry came from. */
public enum RecordSource implements Label.Labelled {

	DEADLINE_VIOLATION, UPHELD_COMPLAINT, DISCIPLINARY_DECISION, DEPARTMENT_COMMENDATION, ANNUAL_COMMENDATION,
	AREA_REPORT

}
