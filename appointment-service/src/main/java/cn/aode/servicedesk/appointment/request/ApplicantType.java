package cn.aode.servicedesk.appointment.request;

import cn.aode.servicedesk.platform.cases.Label;

/** Who may apply (APT-3). */
public enum ApplicantType implements Label.Labelled {

	INDIVIDUAL, ENTERPRISE, GROUP

}
