package cn.aode.servicedesk.notice.onetime;

/**
 * A material the customer handed in on this trip.
 *
 * @param code the material's code in the matter
 * @param problem why it cannot be accepted as it is (expired, unreadable, unsigned), or
 * null when it is in order
 */
public record Presented(String code, String problem) {

	boolean acceptable() {
		return problem == null || problem.isBlank();
	}

}
