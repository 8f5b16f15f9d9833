package cn.aode.servicedesk.appointment.request;

import cn.aode.servicedesk.platform.cases.Label;

/** Where a request stands: waiting for the service center's answer, or answered. */
public enum RequestStatus implements Label.Labelled {

	RECEIVED, ACCEPTED, REFUSED

}
