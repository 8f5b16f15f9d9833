package cn.aode.servicedesk.events.complaint;

/**
 * The findings {@code complaint.resolved} carries in {@code finding}: a verified staff
 * attitude or skill problem (CMP-5), the company responsible, or not responsible (CMP-6).
 */
public enum ComplaintFindingCode {

	STAFF_AT_FAULT, COMPANY_RESPONSIBLE, NOT_COMPANY_RESPONSIBLE

}
