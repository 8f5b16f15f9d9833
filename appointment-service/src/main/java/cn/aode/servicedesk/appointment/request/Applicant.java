package cn.aode.servicedesk.appointment.request;

import org.springframework.data.relational.core.mapping.Column;

/**
 * Who asks for the appointment (APT-3).
 *
 * @param customerId the CRM customer id when the applicant is a known customer
 * @param specialCare elderly, weak, sick or disabled (老弱病残) or otherwise unable to come
 * to the hall: served first
 * <p>
 * Stored in the request's own columns, named here where they differ from the components.
 */
public record Applicant(@Column("applicant_type") ApplicantType type, @Column("applicant_name") String name,
		@Column("applicant_phone") String phone, @Column("customer_id") String customerId,
		@Column("special_care") boolean specialCare) {
}
