package cn.aode.servicedesk.appointment.request;

/**
 * The service center's no (APT-7): the reason told to the applicant and who approved it.
 */
public record Refusal(String reason, String approvedBy, String answeredBy) {
}
