package cn.aode.servicedesk.appointment.request;

/**
 * Who asks for the appointment (APT-3).
 *
 * @param customerId the CRM customer id when the applicant is a known customer
 * @param specialCare elderly, weak, sick or disabled (老弱病残) or otherwise unable to come
 * to the hall: served first
 */
public record Applicant(ApplicantType type, String name, String phone, String customerId, boolean specialCare) {
}
