package cn.aode.servicedesk.events.visit;

import java.time.Instant;
import java.util.UUID;

import cn.aode.servicedesk.events.IntegrationEvent;
import cn.aode.servicedesk.events.Topics;

/**
 * A planned return visit took place and was recorded (《客户回访记录表》, VST-8) with the
 * customer's satisfaction: what staff evaluations (SPC-7) weigh as satisfaction.
 *
 * @param planId the visit plan the visit was recorded against
 * @param planNumber the plan's human-facing number, e.g. {@code HF20261127-0001}
 * @param kind the kind of visit (VST-1): {@code PERIODIC}, {@code AFTER_SALES},
 * {@code MAINTENANCE}, {@code COMPLAINT} or {@code SPECIAL}
 * @param sourceCaseNumber number of the case that caused the visit (e.g. the complaint),
 * or null
 * @param sourceCaseId id of that case (e.g. the complaint's UUID), or null; added later
 * @param customerId the CRM's id of the visited customer, or null when the customer is
 * not known to the CRM
 * @param visitorStaffId staff id of the visitor
 * @param visitedAt when the visit took place
 * @param satisfaction the customer's satisfaction: {@code VERY_SATISFIED},
 * {@code SATISFIED}, {@code BASICALLY_SATISFIED}, {@code DISSATISFIED} or
 * {@code VERY_DISSATISFIED}
 * @param customerOpinion the customer's view in their words (VST-4: of the complaint's
 * handling and result), or null; added later
 * @param onTime whether the visit took place within the planned time (by the plan's due
 * date, Asia/Shanghai)
 */
public record VisitRecorded(UUID eventId, Instant occurredAt, UUID planId, String planNumber, String kind,
		String sourceCaseNumber, String customerId, String visitorStaffId, Instant visitedAt, String satisfaction,
		boolean onTime, String sourceCaseId, String customerOpinion) implements IntegrationEvent {

	public static final String TYPE = "visit.recorded";

	@Override
	public String aggregateId() {
		return planId.toString();
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String topic() {
		return Topics.VISIT_EVENTS;
	}

}
