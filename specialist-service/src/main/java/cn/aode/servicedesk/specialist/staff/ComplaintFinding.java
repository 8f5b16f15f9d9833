package cn.aode.servicedesk.specialist.staff;

/**
 * What handling a complaint found, as {@code complaint.resolved} carries it: only a staff
 * attitude or skill problem (CMP-5) lands on the record; without company responsibility
 * the customer is given an explanation (CMP-6).
 */
public enum ComplaintFinding {

	STAFF_AT_FAULT, COMPANY_RESPONSIBLE, NOT_COMPANY_RESPONSIBLE

}
