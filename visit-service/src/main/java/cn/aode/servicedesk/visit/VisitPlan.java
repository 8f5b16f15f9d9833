package cn.aode.servicedesk.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A planned return visit (《客户回访计划》, VST-5): whom to visit, by when, with what content and
 * purpose, and the case that caused it.
 */
@Table("visit_plan")
public class VisitPlan {

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

	@Version
	private Long version;

	@PersistenceCreator
	VisitPlan(UUID id, String number, VisitKind kind, String sourceCaseId, String sourceCaseNumber, String customerId,
			String customerName, String customerPhone, String content, String purpose, LocalDate dueBy,
			Instant plannedAt, Long version) {
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
				now, null);
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

	public Long version() {
		return version;
	}

}
