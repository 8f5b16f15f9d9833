package cn.aode.servicedesk.appointment.request;

/** A refusal as decided (APT-7): the reason told to the applicant and who approved it. */
record RefusalDecision(String reason, String approvedBy) {

}
