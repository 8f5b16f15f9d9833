package cn.aode.servicedesk.specialist.customer;

/**
 * Answers whether a staff member is currently a specialist of a customer, the one case in
 * which the customer's phone and ID number are shown in full. Implemented by the
 * assignment package, so customers do not depend on it.
 */
public interface ActiveSpecialists {

	boolean isActiveSpecialist(String crmId, String staffId);

}
