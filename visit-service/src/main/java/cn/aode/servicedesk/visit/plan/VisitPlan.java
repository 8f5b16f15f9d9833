package cn.aode.servicedesk.visit.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.visit.VisitRecorded;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

/**
 * A planned return visit (《客户回访计划》, VST-5): whom to visit, by when, with what content and
 * purpose, and the case that caused it; once the visit took place, its record (《客户回访记录表》,
 * VST-8). Recording registers {@code visit.recorded}, stored with the change and sent to
 * Kafka through the outbox.
 */
@Table("visit_plan")
public class VisitPlan extends Aggregate<VisitPlan> {

	@Id
	private final UUID id;

	private final String number;

	private final VisitKind kind;

	@Embedded.Nullable(prefix = "source_")
	private final SourceCase source;

	@Embedded.Nullable
	private final VisitedCustomer customer;

	@Embedded.Empty
	private final VisitAgenda agenda;

	private final LocalDate dueBy;

	private final Instant plannedAt;

	private VisitStatus status;

	@Embedded.Nullable
	private VisitRecord record;

	@Version
	private Long version;

	@PersistenceCreator
	VisitPlan(UUID id, String number, VisitKind kind, SourceCase source, VisitedCustomer customer, VisitAgenda agenda,
			LocalDate dueBy, Instant plannedAt, VisitStatus status, VisitRecord record, Long version) {
		this.id = id;
		this.number = number;
		this.kind = kind;
		this.source = source;
		this.customer = customer;
		this.agenda = agenda;
		this.dueBy = dueBy;
		this.plannedAt = plannedAt;
		this.status = status;
		this.record = record;
		this.version = version;
	}

	/**
	 * A complaint revisit (VST-4): apologise and learn the customer's view of the
	 * handling and result.
	 */
	static VisitPlan complaintRevisit(String number, SourceCase complaint, VisitedCustomer customer, VisitAgenda agenda,
			LocalDate dueBy, Instant now) {
		return new VisitPlan(UUID.randomUUID(), number, VisitKind.COMPLAINT, complaint, customer, agenda, dueBy, now,
				VisitStatus.PLANNED, null, null);
	}

	/**
	 * Records the visit (回访记录, VST-8): a plan is recorded once, with a visit that took
	 * place after it was planned; when it was recorded is kept. Whether the visit took
	 * place within the planned time (by {@link #dueBy()}, Asia/Shanghai) is kept, not
	 * refused. VST-4: a complaint revisit records the customer's view of the handling and
	 * its result.
	 */
	public void record(VisitReport report, Instant now) {
		if (status != VisitStatus.PLANNED) {
			throw new InvalidStateException("Visit plan " + number + " was already recorded (visited at "
					+ record.visitedAt() + "); a plan is recorded once");
		}
		Instant visitedAt = report.visitedAt();
		if (visitedAt == null || report.visitorStaffId() == null || report.visitorStaffId().isBlank()
				|| report.satisfaction() == null) {
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
		if (kind == VisitKind.COMPLAINT && (report.customerOpinion() == null || report.customerOpinion().isBlank())) {
			throw new RuleViolationException("VST-4", "A complaint revisit records the customer's view of the"
					+ " handling of complaint " + sourceCaseNumber() + " and its result");
		}
		boolean onTime = !LocalDate.ofInstant(visitedAt, CaseNumbers.BUSINESS_ZONE).isAfter(dueBy);
		this.status = VisitStatus.VISITED;
		this.record = VisitRecord.of(report, onTime, now);
		registerEvent(new VisitRecorded(UUID.randomUUID(), now, id, number, kind.name(), sourceCaseNumber(),
				customerId(), report.visitorStaffId(), visitedAt, report.satisfaction().name(), onTime,
				source == null ? null : source.caseId(), report.customerOpinion()));
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
		return source == null ? null : source.caseId();
	}

	public String sourceCaseNumber() {
		return source == null ? null : source.caseNumber();
	}

	public String customerId() {
		return customer == null ? null : customer.customerId();
	}

	public String customerName() {
		return customer == null ? null : customer.customerName();
	}

	public String customerPhone() {
		return customer == null ? null : customer.customerPhone();
	}

	public String content() {
		return agenda.content();
	}

	public String purpose() {
		return agenda.purpose();
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
		return record == null ? null : record.visitedAt();
	}

	public String visitorStaffId() {
		return record == null ? null : record.visitorStaffId();
	}

	/** How the visit was made; null while planned and for records that did not say. */
	public VisitMethod method() {
		return record == null ? null : record.method();
	}

	public Satisfaction satisfaction() {
		return record == null ? null : record.satisfaction();
	}

	/** Problems found on the visit; null while planned or when none were noted. */
	public String problemsFound() {
		return record == null ? null : record.problemsFound();
	}

	public String customerOpinion() {
		return record == null ? null : record.customerOpinion();
	}

	public String summary() {
		return record == null ? null : record.summary();
	}

	/**
	 * Whether the visit took place within the planned time; null while it is planned.
	 */
	public Boolean onTime() {
		return record == null ? null : record.onTime();
	}

	/**
	 * When the visit was recorded; null while it is planned and for plans recorded before
	 * it was kept.
	 */
	public Instant recordedAt() {
		return record == null ? null : record.recordedAt();
	}

	/** Optimistic-lock version; {@code null} until first saved. */
	@Override
	public Long version() {
		return version;
	}

}
