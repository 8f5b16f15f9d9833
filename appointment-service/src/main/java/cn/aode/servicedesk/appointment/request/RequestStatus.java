package cn.aode.servicedesk.appointment.request;

import cn.aode.servicedesk.platform.cases.Label;

/**
 * Where a request stands: waiting for the service center's answer, a refusal waiting for
 * the general manager's approval (APT-7), answered, or an accepted appointment cancelled
 * by the applicant or the center, given up by an applicant who did not come (APT-10), or
 * completed (APT-8).
 */
public enum RequestStatus implements Label.Labelled {

	RECEIVED, REFUSAL_PROPOSED, ACCEPTED, REFUSED, CANCELLED, GAVE_UP, COMPLETED

}
