package cn.aode.servicedesk.assist.notice;

import java.util.List;
import java.util.Set;

/**
 * What the help desk asks notice-service to pre-check (AST-6 = NTC-2): the matter, the
 * applicant and the materials presented (each with a problem found, if any).
 */
public record PreCheck(String matterCode, Applicant applicant, List<Presented> presented, Set<String> applicable) {

	/** Who applies. */
	public record Applicant(String name, String phone, String customerId) {
	}

	/** A material presented. */
	public record Presented(String code, String problem) {
	}

	/**
	 * notice-service's answer: the application it opened or continued, whether the
	 * materials are complete, and every missing item with how to obtain it.
	 */
	public record Answer(String applicationId, String applicationNumber, boolean complete, List<Missing> missing) {

		public Answer {
			missing = missing == null ? List.of() : List.copyOf(missing);
		}

	}

	/** A missing material and how to obtain it. */
	public record Missing(String materialCode, String name, int copies, String howToObtain, String problem) {
	}

}
