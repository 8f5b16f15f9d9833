package cn.aode.servicedesk.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.visit.VisitRecorded;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

/**
 * A planned return visit (《客户回访计划》, VST-5): whom to visit, by when, with what content and
 * purpose, and the case that caused it; once the visit took place, its record (《客户回访记录表》,
 * VST-8). Recording registers {@code visit.recorded}, stored with the change and sent to
 * Kafka through the outbox.
 */
@Table("visit_plan")
public class VisitPlan extends AbstractAggregateRoot<VisitPlan> {

	@Id
	private final UUID id;

	private final String number;

	private final VisitKind kind;

	private final String sourceCaseId;

	private final String sourceCaseNumber;

	private final String customerId;

	private final String customerName;

	private final String customerPhone;

	private final String content;

	private final String purpose;

	private final LocalDate dueBy;

	private final Instant plannedAt;

	private VisitStatus status;

	private Instant visitedAt;

	private String visitorStaffId;

	private Satisfaction satisfaction;

	private String customerOpinion;

	private String summary;

	private Boolean onTime;

	private Instant recordedAt;

	@Version
	private Long version;

	@PersistenceCreator
	VisitPlan(UUID id, String number, VisitKind kind, String sourceCaseId, String sourceCaseNumber, String customerId,
			String customerName, String customerPhone, String content, String purpose, LocalDate dueBy,
			Instant plannedAt, VisitStatus status, Instant visitedAt, String visitorStaffId, Satisfaction satisfaction,
			String customerOpinion, String summary, Boolean onTime, Instant recordedAt, Long version) {
		this.id = id;
		this.number = number;
		this.kind = kind;
		this.sourceCaseId = sourceCaseId;
		this.sourceCaseNumber = sourceCaseNumber;
		this.customerId = customerId;
		this.customerName = customerName;
		this.customerPhone = customerPhone;
		this.content = content;
		this.purpose = purpose;
		this.dueBy = dueBy;
		this.plannedAt = plannedAt;
		this.status = status;
		this.visitedAt = visitedAt;
		this.visitorStaffId = visitorStaffId;
		this.satisfaction = satisfaction;
		this.customerOpinion = customerOpinion;
		this.summary = summary;
		this.onTime = onTime;
		this.recordedAt = recordedAt;
		this.version = version;
	}

	/**
	 * A complaint revisit (VST-4): apologise and learn the customer's view of the
	 * handling and result.
	 */
	static VisitPlan complaintRevisit(String number, String complaintId, String complaintNumber, String customerId,
			String customerName, String customerPhone, String resolution, LocalDate dueBy, Instant now) {
		return new VisitPlan(UUID.randomUUID(), number, VisitKind.COMPLAINT, complaintId, complaintNumber, customerId,
				customerName, customerPhone, "投诉 " + complaintNumber + " 的处理结果：" + resolution,
				"向客户致歉，了解客户对投诉处理过程及结果的意见 (apologise; learn the customer's view of the handling and its result)", dueBy,
				now, VisitStatus.PLANNED, null, null, null, null, null, null, null, null);
	}

	/**
	 * Records the visit (回访记录, VST-8): a plan is recorded once, with a visit that took
	 * place after it was planned; when it was recorded is kept. Whether the visit took
	 * place within the planned time (by {@link #dueBy()}, Asia/Shanghai) is kept, not
	 * refused. VST-4: a complaint revisit records the customer's view of the handling and
	 * its result.
	 * @param visitedAt when the visit took place, never after {@code now} nor before
	 * {@link #plannedAt()}
	 */
	public void record(Instant visitedAt, String visitorStaffId, Satisfaction satisfaction, String customerOpinion,
			String summary, Instant now) {
		if (status != VisitStatus.PLANNED) {
			throw new RuleViolationException("VST-8", "Visit plan " + number + " was already recorded (visited at "
					+ this.visitedAt + "); a plan is recorded once");
		}
		if (visitedAt == null || visitorStaffId == null || visitorStaffId.isBlank() || satisfaction == null) {
			throw new IllegalArgumentException(
					"A visit record needs visitedAt, visitorStaffId and satisfaction (VST-8)");
		}
		if (visitedAt.isAfter(now)) {
			throw new IllegalArgumentException("visitedAt " + visitedAt + " is in the future");
		}
		if (visitedAt.isBefore(plannedAt)) {
			throw new RuleViolationException("VST-8", "Visit plan " + number + " was planned at " + plannedAt
					+ "; a visit at " + visitedAt + " took place before it and is not its visit");
		}
		if (kind == VisitKind.COMPLAINT && (customerOpinion == null || customerOpinion.isBlank())) {
			throw new RuleViolationException("VST-4", "A complaint revisit records the customer's view of the"
					+ " handling of complaint " + sourceCaseNumber + " and its result");
		}
		this.status = VisitStatus.VISITED;
		this.visitedAt = visitedAt;
		this.visitorStaffId = visitorStaffId;
		this.satisfaction = satisfaction;
		this.customerOpinion = customerOpinion;
		this.summary = summary;
		this.onTime = !LocalDate.ofInstant(visitedAt, CaseNumbers.BUSINESS_ZONE).isAfter(dueBy);
		this.recordedAt = now;
		registerEvent(new VisitRecorded(UUID.randomUUID(), now, id, number, kind.name(), sourceCaseNumber, customerId,
				visitorStaffId, visitedAt, satisfaction.name(), this.onTime));
	}

	/**
	 * Events registered and not yet published (they are published when the plan is
	 * saved).
	 */
	Collection<Object> pendingEvents() {
		return domainEvents();
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
	}

	public VisitKind kind() {
		return kind;
	}

	public String sourceCaseId() {
		return sourceCaseId;
	}

	public String sourceCaseNumber() {
		return sourceCaseNumber;
	}

	public String customerId() {
		return customerId;
	}

	public String customerName() {
		return customerName;
	}

	public String customerPhone() {
		return customerPhone;
	}

	public String content() {
		return content;
	}

	public String purpose() {
		return purpose;
	}

	public LocalDate dueBy() {
		return dueBy;
	}

	public Instant plannedAt() {
		return plannedAt;
	}

	public VisitStatus status() {
		return status;
	}

	/** When the visit took place; null while it is planned. */
	public Instant visitedAt() {
		return visitedAt;
	}

	public String visitorStaffId() {
		return visitorStaffId;
	}

	public Satisfaction satisfaction() {
		return satisfaction;
	}

	public String customerOpinion() {
		return customerOpinion;
	}

	public String summary() {
		return summary;
	}

	/**
	 * Whether the visit took place within the planned time; null while it is planned.
	 */
	public Boolean onTime() {
		return onTime;
	}

	/**
	 * When the visit was recorded; null while it is planned and for plans recorded before
	 * it was kept.
	 */
	public Instant recordedAt() {
		return recordedAt;
	}

	/** Optimistic-lock version; {@code null} until first saved. */
	public Long version() {
		return version;
	}

}
