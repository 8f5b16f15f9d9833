package cn.aode.servicedesk.specialist.staff;

import cn.aode.servicedesk.platform.cases.Label;

/** Whether a staff record entry counts against or for the staff member. */
public enum RecordEntryKind implements Label.Labelled {

	PENALTY, COMMENDATION

}
