package cn.aode.servicedesk.appointment.request;

import cn.aode.servicedesk.platform.cases.Label;

/** What happened to an appointment's time or staff member, in its history. */
public enum ChangeKind implements Label.Labelled {

	ACCEPTED, RESCHEDULED, CANCELLED, GAVE_UP

}
