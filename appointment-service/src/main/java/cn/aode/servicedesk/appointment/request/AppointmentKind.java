package cn.aode.servicedesk.appointment.request;

import cn.aode.servicedesk.platform.cases.Label;

/** The two kinds of appointment service (APT-1). */
public enum AppointmentKind implements Label.Labelled {

	/** At the service hall outside working hours (预约). */
	HALL,

	/** At the applicant's address (上门). */
	HOME_VISIT

}
