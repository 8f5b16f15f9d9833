package cn.aode.servicedesk.appointment.request;

import cn.aode.servicedesk.platform.cases.Label;

/** Why an applicant cannot use the ordinary hall service (APT-2). */
public enum AppointmentReason implements Label.Labelled {

	URGENT_TIME_LIMIT, CANNOT_COME_IN_WORKING_HOURS, FIXED_TIME_REQUIRED, OTHER

}
