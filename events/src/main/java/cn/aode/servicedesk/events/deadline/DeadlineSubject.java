package cn.aode.servicedesk.events.deadline;

/**
 * The case a time limit belongs to.
 *
 * @param service the owning service, e.g. {@code appointment-service}
 * @param caseId the case's id in that service
 * @param caseNumber its human-facing number, e.g. {@code YY20261127-0003}
 * @param purpose what must happen in time, e.g. {@code reply} (one case may have several
 * clocks)
 */
public record DeadlineSubject(String service, String caseId, String caseNumber, String purpose) {

	/** Identifies the clock across services: {@code service/caseId/purpose}. */
	public String key() {
		return service + "/" + caseId + "/" + purpose;
	}

}
