package cn.aode.servicedesk.visit.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.visit.VisitRecorded;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.ForbiddenException;
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

	@Embedded.Empty
	private final Planning planning;

	@Embedded.Empty
	private Arrangement arrangement;

	private VisitStatus status;

	@Embedded.Nullable
	private VisitRecord record;

	/** VST-11: the supervisor's review of the record; null while planned. */
	@Embedded.Nullable(prefix = "review_")
	private Review review;

	/** VST-12: where the record is kept in the archive; null until filed. */
	@Embedded.Nullable(prefix = "filed_")
	private Filing filing;

	@Version
	private Long version;

	/** VST-1: the kinds staff plan themselves; the others are planned from events. */
	public static final Set<VisitKind> PLANNED_BY_STAFF = EnumSet.of(VisitKind.SPECIAL, VisitKind.PERIODIC);

	@PersistenceCreator
	VisitPlan(UUID id, String number, VisitKind kind, SourceCase source, VisitedCustomer customer, VisitAgenda agenda,
			LocalDate dueBy, Planning planning, Arrangement arrangement, VisitStatus status, VisitRecord record,
			Review review, Filing filing, Long version) {
		this.id = id;
		this.number = number;
		this.kind = kind;
		this.source = source;
		this.customer = customer;
		this.agenda = agenda;
		this.dueBy = dueBy;
		this.planning = planning;
		this.arrangement = arrangement;
		this.status = status;
		this.record = record;
		this.review = review;
		this.filing = filing;
		this.version = version;
	}

	/**
	 * A complaint revisit (VST-4): apologise and learn the customer's view of the
	 * handling and result.
	 */
	static VisitPlan complaintRevisit(String number, SourceCase complaint, VisitedCustomer customer, VisitAgenda agenda,
			LocalDate dueBy, Arrangement arrangement, Instant now) {
		return new VisitPlan(UUID.randomUUID(), number, VisitKind.COMPLAINT, complaint, customer, agenda, dueBy,
				new Planning(now, null, null, null, null), arrangement, VisitStatus.PLANNED, null, null, null, null);
	}

	/**
	 * A visit a staff member plans (VST-1, VST-5): a special or periodic visit (the other
	 * kinds come from other areas' events, VST-1), due today or later, with the visitor
	 * and time chosen by staff, if any — a time between now and the end of the due date
	 * (Asia/Shanghai); {@link #arrange} then settles both (VST-5, VST-6).
	 */
	static VisitPlan byStaff(String number, NewVisit visit, String plannedBy, Instant now) {
		if (!PLANNED_BY_STAFF.contains(visit.kind())) {
			throw new RuleViolationException("VST-1", "Staff plan " + PLANNED_BY_STAFF + " visits; a " + visit.kind()
					+ " visit is planned from its area's event");
		}
		LocalDate today = LocalDate.ofInstant(now, CaseNumbers.BUSINESS_ZONE);
		if (visit.dueBy().isBefore(today)) {
			throw new IllegalArgumentException("dueBy " + visit.dueBy() + " is in the past (today is " + today + ")");
		}
		requireBetweenNowAndDue(visit.scheduledFor(), visit.dueBy(), now);
		return new VisitPlan(UUID.randomUUID(), number, visit.kind(), null, visit.customer(), visit.agenda(),
				visit.dueBy(), new Planning(now, plannedBy, null, null, null),
				new Arrangement(visit.visitor(), visit.scheduledFor(), false, false), VisitStatus.PLANNED, null, null,
				null, null);
	}

	private static void requireBetweenNowAndDue(Instant scheduledFor, LocalDate dueBy, Instant now) {
		if (scheduledFor != null && (scheduledFor.isBefore(now)
				|| LocalDate.ofInstant(scheduledFor, CaseNumbers.BUSINESS_ZONE).isAfter(dueBy))) {
			throw new IllegalArgumentException(
					"scheduledFor " + scheduledFor + " must lie between now and the end of dueBy " + dueBy);
		}
	}

	/**
	 * A visit scheduled from a customer's fact (VST-2: after-sales, VST-3: maintenance):
	 * the customer's CRM record as the source case, planned now, due as scheduled; the
	 * fact's date and the slot are kept, so the database holds one plan per customer,
	 * kind, fact date and slot (visit_plan_scheduled_uq).
	 */
	static VisitPlan scheduled(String number, ScheduledVisit visit, SourceCase source, VisitedCustomer customer,
			VisitAgenda agenda, Arrangement arrangement, Instant now) {
		return new VisitPlan(UUID.randomUUID(), number, visit.kind(), source, customer, agenda, visit.dueBy(),
				new Planning(now, null, null, visit.triggeredOn(), visit.slot()), arrangement, VisitStatus.PLANNED,
				null, null, null, null);
	}

	/**
	 * VST-2, VST-3: cancels a visit still planned whose fact changed (a new acceptance or
	 * connection date); a visit that took place stays as recorded.
	 */
	public void cancel() {
		if (status != VisitStatus.PLANNED) {
			throw new InvalidStateException(
					"Visit plan " + number + " is " + status + "; only a planned visit is" + " cancelled");
		}
		this.status = VisitStatus.CANCELLED;
	}

	/**
	 * VST-9: whether this visit's answer calls for a follow-up visit (a dissatisfied or
	 * very dissatisfied customer). Not a complaint revisit's: its answer reopens the
	 * complaint (CMP-3), whose next handling is revisited in turn (VST-4), so a special
	 * follow-up would visit the customer twice for one thing.
	 */
	public boolean callsForFollowUp() {
		return status == VisitStatus.VISITED && kind != VisitKind.COMPLAINT && record.satisfaction().callsForFollowUp();
	}

	/**
	 * VST-9: the follow-up of a visit whose customer was dissatisfied: a special visit to
	 * the same customer, caused by this plan (its id and number as the source case),
	 * planned now and due by {@code dueBy}.
	 */
	VisitPlan followUp(String number, VisitAgenda agenda, LocalDate dueBy, Arrangement arrangement, Instant now) {
		if (!callsForFollowUp()) {
			throw new InvalidStateException("Visit plan " + number() + " is " + status
					+ (record == null ? "" : " with a " + record.satisfaction() + " customer")
					+ "; only a dissatisfied answer is followed up (VST-9)");
		}
		return new VisitPlan(UUID.randomUUID(), number, VisitKind.SPECIAL, new SourceCase(id.toString(), this.number),
				customer, agenda, dueBy, new Planning(now, null, id, null, null), arrangement, VisitStatus.PLANNED,
				null, null, null, null);
	}

	/**
	 * VST-5, VST-6: who visits and when, arranged again while the visit is planned (e.g.
	 * the customer named busy times, or another visitor goes); a time chosen by staff
	 * lies between now and the end of the due date.
	 */
	public void arrange(Arrangement arrangement, Instant now) {
		if (status != VisitStatus.PLANNED) {
			throw new InvalidStateException(
					"Visit plan " + number + " is " + status + "; only a planned visit is" + " arranged");
		}
		requireBetweenNowAndDue(arrangement.scheduledFor(), dueBy, now);
		this.arrangement = arrangement;
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
		if (visitedAt.isBefore(plannedAt())) {
			throw new RuleViolationException("VST-8", "Visit plan " + number + " was planned at " + plannedAt()
					+ "; a visit at " + visitedAt + " took place before it and is not its visit");
		}
		if (kind == VisitKind.COMPLAINT && (report.customerOpinion() == null || report.customerOpinion().isBlank())) {
			throw new RuleViolationException("VST-4", "A complaint revisit records the customer's view of the"
					+ " handling of complaint " + sourceCaseNumber() + " and its result");
		}
		boolean onTime = !LocalDate.ofInstant(visitedAt, CaseNumbers.BUSINESS_ZONE).isAfter(dueBy);
		this.status = VisitStatus.VISITED;
		this.record = VisitRecord.of(report, onTime, now);
		this.review = Review.pending();
		registerEvent(new VisitRecorded(UUID.randomUUID(), now, id, number, kind.name(), sourceCaseNumber(),
				customerId(), report.visitorStaffId(), visitedAt, report.satisfaction().name(), onTime,
				source == null ? null : source.caseId(), report.customerOpinion()));
	}

	/**
	 * VST-11: the supervisor reviews the record of a visit, once, and writes guidance.
	 */
	public void review(ReviewDecision decision, String supervisor, Instant now) {
		if (status != VisitStatus.VISITED) {
			throw new InvalidStateException("Visit plan " + number + " has no record to review yet");
		}
		this.review = (review == null ? Review.pending() : review).decide("The record of visit plan " + number,
				decision, supervisor, now);
	}

	/**
	 * VST-11: the visitor reworks a record the supervisor returned — what the customer
	 * said, the problems found and the summary; when, how and the satisfaction stay as
	 * recorded (other areas acted on them) — and it waits for review again.
	 */
	public void revise(String customerOpinion, String problemsFound, String summary, String reviser) {
		if (status != VisitStatus.VISITED) {
			throw new InvalidStateException("Visit plan " + number + " has no record to revise");
		}
		if (!reviser.equals(record.visitorStaffId())) {
			throw new ForbiddenException("VST-11", "VST-11: the record of visit plan " + number + " is reworked by its "
					+ "visitor " + record.visitorStaffId() + ", not " + reviser);
		}
		if (summary == null || summary.isBlank()) {
			throw new IllegalArgumentException("A revised record keeps a summary (VST-8)");
		}
		if (kind == VisitKind.COMPLAINT && (customerOpinion == null || customerOpinion.isBlank())) {
			throw new RuleViolationException("VST-4", "A complaint revisit keeps the customer's view of the handling of"
					+ " complaint " + sourceCaseNumber() + " and its result");
		}
		this.review = review.resubmitted("The record of visit plan " + number);
		this.record = record.revised(customerOpinion, problemsFound, summary);
	}

	/**
	 * VST-12: the custodian files the reviewed record into the archive, once, classified
	 * by kind, customer and the quarter of the visit.
	 */
	public void file(String custodian, Instant now) {
		if (status != VisitStatus.VISITED || review == null || review.state() != ReviewState.REVIEWED) {
			throw new InvalidStateException("Visit plan " + number + " has no reviewed record (it is " + status
					+ (review == null ? "" : ", its review " + review.state()) + "); the supervisor reviews a record"
					+ " before it is filed (VST-11)");
		}
		if (filing != null) {
			throw new InvalidStateException("The record of visit plan " + number + " was filed at " + filing.at()
					+ " by " + filing.by() + " under " + filing.period());
		}
		this.filing = new Filing(now, custodian, Filing.periodOf(record.visitedAt()));
	}

	/** VST-12: where the record is kept in the archive; null until filed. */
	public Filing filing() {
		return filing;
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
		return planning.plannedAt();
	}

	/**
	 * The staff member who planned the visit; null for plans from events and follow-ups.
	 */
	public String plannedBy() {
		return planning.plannedBy();
	}

	/** VST-9: the plan whose dissatisfied answer this plan follows up, or null. */
	public UUID followUpOf() {
		return planning.followUpOf();
	}

	/** VST-6: the time proposed or chosen for the visit, or null when none was free. */
	public Instant scheduledFor() {
		return arrangement.scheduledFor();
	}

	/**
	 * VST-5: who is to visit (by default the customer's specialist), or null when the
	 * customer has none known.
	 */
	public String visitor() {
		return arrangement.visitor();
	}

	/**
	 * VST-6: whether the proposed time rests on an estimated calendar (deadline-service
	 * unreachable, or the year's holidays not announced).
	 */
	public boolean calendarEstimated() {
		return arrangement.calendarEstimated();
	}

	/**
	 * VST-6: whether the customer's contact windows could be read; false: the time lies
	 * in the visiting hours of a working day, and staff should ask the customer.
	 */
	public boolean windowsUnderstood() {
		return arrangement.windowsUnderstood();
	}

	/**
	 * VST-2, VST-3: the date of the customer's fact that scheduled this visit (gas
	 * connected, project accepted); null for other plans.
	 */
	public LocalDate triggeredOn() {
		return planning.triggeredOn();
	}

	/**
	 * VST-2, VST-3: the visit's slot in its schedule (0 the first); null for other plans.
	 */
	public Integer scheduleSlot() {
		return planning.scheduleSlot();
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

	/** VST-11: the supervisor's review of the record; null while planned. */
	public Review review() {
		return review;
	}

	/** Optimistic-lock version; {@code null} until first saved. */
	@Override
	public Long version() {
		return version;
	}

}
