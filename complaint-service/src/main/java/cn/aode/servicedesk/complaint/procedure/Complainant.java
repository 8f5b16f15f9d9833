package cn.aode.servicedesk.complaint.procedure;

/**
 * Who complains: the CRM customer id when the caller is a known customer, and always a
 * name and a phone number to call back.
 */
public record Complainant(String customerId, String name, String phone) {
}
