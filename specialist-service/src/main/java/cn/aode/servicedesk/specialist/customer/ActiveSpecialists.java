package cn.aode.servicedesk.specialist.customer;

import java.util.List;

/**
 * Answers whether a staff member is currently a specialist of a customer, the one case in
 * which the customer's phone and ID number are shown in full, and who they are.
 * Implemented by the assignment package, so customers do not depend on it.
 */
public interface ActiveSpecialists {

	boolean isActiveSpecialist(String crmId, String staffId);

	/**
	 * Staff ids of the customer's active specialists, in the order they were assigned.
	 */
	List<String> activeSpecialistsOf(String crmId);

}
