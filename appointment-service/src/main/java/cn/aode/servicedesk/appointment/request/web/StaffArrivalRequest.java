package cn.aode.servicedesk.appointment.request.web;

/**
 * The serving staff member's check-in (APT-8, APT-9); the body may be left out for a home
 * visit.
 *
 * @param formsReady the forms to fill in are ready; required for a hall appointment
 * @param sealsReady the seals are ready; required for a hall appointment
 */
record StaffArrivalRequest(Boolean formsReady, Boolean sealsReady) {

	static final StaffArrivalRequest NONE = new StaffArrivalRequest(null, null);

}
