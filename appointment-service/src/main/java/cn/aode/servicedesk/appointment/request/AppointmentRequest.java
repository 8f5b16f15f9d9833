package cn.aode.servicedesk.appointment.request;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.appointment.schedule.Span;
import cn.aode.servicedesk.events.appointment.AppointmentAccepted;
import cn.aode.servicedesk.events.appointment.AppointmentCancelled;
import cn.aode.servicedesk.events.appointment.AppointmentCompleted;
import cn.aode.servicedesk.events.appointment.AppointmentGaveUp;
import cn.aode.servicedesk.events.appointment.AppointmentRescheduled;
import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.ForbiddenException;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

/**
 * An appointment request (预约申请). Receiving it starts the one-working-day clock of the
 * service center's answer (APT-5); accepting it, or a refusal the general manager
 * approves (APT-7), stops that clock; a refusal is reviewed by the general manager
 * (APT-13). An accepted appointment holds a span of its staff member's time until it is
 * cancelled, and keeps the history of its changes. Its staff member checks in on time or
 * late (APT-8, APT-9); an applicant who has not checked in more than 30 minutes after the
 * agreed time has given it up (APT-10). It is completed on the spot, or later with a
 * written completion statement that has its own clock (APT-8). Acceptance, cancellation,
 * giving up and completion are published for other areas (a customer's service history).
 */
@Table("appointment_request")
public class AppointmentRequest extends Aggregate<AppointmentRequest> {

	/** The service's name as deadline subjects carry it. */
	static final String SERVICE = "appointment-service";

	/** APT-5: the service center answers within one working day of receiving. */
	static final String REPLY_POLICY = "P1WD";

	/**
	 * APT-9: staff of a hall appointment are at the service center this long before the
	 * agreed time.
	 */
	static final Duration HALL_LEAD = Duration.ofMinutes(10);

	/**
	 * APT-10: an applicant more than this late is deemed to have given up the
	 * appointment.
	 */
	static final Duration GIVE_UP_AFTER = Duration.ofMinutes(30);

	/** The purpose of the clock of the service center's answer (APT-5). */
	static final String REPLY_PURPOSE = "reply";

	/** The purpose of the clock of a completion statement (APT-8). */
	static final String STATEMENT_PURPOSE = "completion-statement";

	/** Who changes an appointment on a schedule, as its history names them. */
	static final String SCHEDULER = "appointment-service";

	@Id
	private final UUID id;

	private final String number;

	@Embedded.Empty
	private final RequestDetails details;

	@Embedded.Empty
	private final Applicant applicant;

	@Embedded.Empty
	private final Intake intake;

	private RequestStatus status;

	@Embedded.Nullable
	private AgreedAppointment appointment;

	@Embedded.Nullable(prefix = "refusal_")
	private RefusalDecision refusal;

	@Embedded.Nullable(prefix = "refusal_review_")
	private RefusalReview review;

	@Embedded.Nullable
	private Answer answer;

	@Embedded.Empty
	private Fulfilment fulfilment;

	@MappedCollection(idColumn = "appointment_request_id", keyColumn = "position")
	private final List<AppointmentChange> changes;

	@Version
	private Long version;

	@PersistenceCreator
	AppointmentRequest(UUID id, String number, RequestDetails details, Applicant applicant, Intake intake,
			RequestStatus status, AgreedAppointment appointment, RefusalDecision refusal, RefusalReview review,
			Answer answer, Fulfilment fulfilment, List<AppointmentChange> changes, Long version) {
		this.id = id;
		this.number = number;
		this.details = details;
		this.applicant = applicant;
		this.intake = intake;
		this.status = status;
		this.appointment = appointment;
		this.refusal = refusal;
		this.review = review;
		this.answer = answer;
		this.fulfilment = fulfilment == null ? Fulfilment.NONE : fulfilment;
		this.changes = new ArrayList<>(changes);
		this.version = version;
	}

	/**
	 * Receives a request and asks deadline-service to watch the answer: one working day
	 * from {@code receivedAt}, the clerk who received it responsible (APT-5).
	 * @param receivedAt when the request actually arrived (a phone call at night is
	 * registered the next morning), never after {@code now}
	 * @param replyTitle the reply clock's title as staff read it
	 */
	public static AppointmentRequest receive(String number, RequestDetails details, Applicant applicant,
			Instant receivedAt, String receivedBy, String department, String replyTitle, Instant now) {
		if (receivedAt.isAfter(now)) {
			throw new IllegalArgumentException("receivedAt " + receivedAt + " is in the future");
		}
		if (details.reason() == AppointmentReason.OTHER && isBlank(details.reasonDetail())) {
			throw new RuleViolationException("APT-2", "A request for another reason must say what the reason is");
		}
		if (details.kind() == AppointmentKind.HOME_VISIT && isBlank(details.address())) {
			throw new RuleViolationException("APT-1", "A home visit needs the address to visit");
		}
		AppointmentRequest request = new AppointmentRequest(UUID.randomUUID(), number, details, applicant,
				new Intake(receivedAt, now, receivedBy, department), RequestStatus.RECEIVED, null, null, null, null,
				Fulfilment.NONE, List.of(), null);
		request.registerEvent(new DeadlineRequested(UUID.randomUUID(), now, request.replySubject(), replyTitle,
				REPLY_POLICY, receivedAt, "SERVICE_RULE", receivedBy, department, false));
		return request;
	}

	/**
	 * Accepts the request with the time and place agreed with the applicant (APT-6). The
	 * customer's own specialist serves it unless another staff member is named, who then
	 * stands in temporarily (临时调配, e.g. the specialist is taken at that time) and the
	 * acceptance says why; a home visit takes place at the applicant's address unless
	 * another place was agreed. The appointment then holds {@code span} of the staff
	 * member's time.
	 * @param customersSpecialist the applicant's specialist, or null when they have none
	 */
	public void accept(Acceptance acceptance, String customersSpecialist, Span span, Instant now) {
		requireUnanswered();
		String servedBy = isBlank(acceptance.staffId()) ? customersSpecialist : acceptance.staffId().strip();
		if (servedBy == null) {
			throw new RuleViolationException("APT-6",
					"The applicant has no specialist to serve the appointment; name the staff member");
		}
		boolean substitute = customersSpecialist != null && !servedBy.equals(customersSpecialist);
		if (substitute && isBlank(acceptance.assignmentReason())) {
			throw new RuleViolationException("APT-6", servedBy + " is not the applicant's specialist "
					+ customersSpecialist + "; a temporary assignment states its reason (assignmentReason)");
		}
		requireFuture(acceptance.agreedTime(), now);
		String agreedPlace = isBlank(acceptance.place()) && details.kind() == AppointmentKind.HOME_VISIT
				? details.address() : acceptance.place();
		if (isBlank(agreedPlace)) {
			throw new RuleViolationException("APT-6", "A hall appointment needs the agreed place");
		}
		String assignmentReason = substitute ? acceptance.assignmentReason().strip() : null;
		this.status = RequestStatus.ACCEPTED;
		this.refusal = null;
		this.appointment = new AgreedAppointment(acceptance.agreedTime(), agreedPlace, servedBy, substitute,
				assignmentReason, span);
		changes.add(new AppointmentChange(ChangeKind.ACCEPTED, acceptance.answeredBy(), now, assignmentReason,
				acceptance.agreedTime(), servedBy));
		registerEvent(new AppointmentAccepted(UUID.randomUUID(), now, id, number, applicant.customerId(),
				details.kind().name(), details.matter(), details.reason().name(), agreedTime(), place(), staffId(),
				status.name()));
		answered(acceptance.answeredBy(), acceptance.note(), now);
	}

	/**
	 * Moves an accepted appointment to another time agreed with the applicant, by the
	 * applicant or the service center; the same staff member then holds {@code span}.
	 * @param by the staff id, or {@code customer:<CRM id>} for the applicant
	 */
	public void reschedule(Instant agreedTime, Span span, String reason, String by, Instant now) {
		requireAccepted("rescheduled");
		if (fulfilment.staffArrival() != null) {
			throw new InvalidStateException("Appointment " + number + " is under way: " + staffId() + " checked in at "
					+ fulfilment.staffArrival().at() + "; it is no longer rescheduled");
		}
		requireReason(reason);
		requireFuture(agreedTime, now);
		Instant previous = agreedTime();
		this.appointment = appointment.rescheduled(agreedTime, span);
		changes.add(new AppointmentChange(ChangeKind.RESCHEDULED, by, now, reason.strip(), agreedTime,
				appointment.staffId()));
		registerEvent(new AppointmentRescheduled(UUID.randomUUID(), now, id, number, applicant.customerId(),
				details.kind().name(), details.matter(), details.reason().name(), agreedTime, place(), staffId(),
				status.name(), previous, by, reason.strip()));
	}

	/**
	 * Cancels an accepted appointment, by the applicant or the service center: it keeps
	 * its time for the record but no longer holds its staff member's span.
	 * @param by the staff id, or {@code customer:<CRM id>} for the applicant
	 */
	public void cancel(String reason, String by, Instant now) {
		requireAccepted("cancelled");
		requireReason(reason);
		if (fulfilment.applicantArrival() != null) {
			throw new InvalidStateException("The applicant of appointment " + number + " checked in at "
					+ fulfilment.applicantArrival().at() + "; it is no longer cancelled");
		}
		this.status = RequestStatus.CANCELLED;
		changes.add(new AppointmentChange(ChangeKind.CANCELLED, by, now, reason.strip(), appointment.agreedTime(),
				appointment.staffId()));
		registerEvent(new AppointmentCancelled(UUID.randomUUID(), now, id, number, applicant.customerId(),
				details.kind().name(), details.matter(), details.reason().name(), agreedTime(), place(), staffId(),
				status.name(), by, reason.strip()));
	}

	/**
	 * The serving staff member checks in (APT-8, APT-9), once. A home visit is on time at
	 * or before the agreed time; a hall appointment at least {@link #HALL_LEAD} before it
	 * with the forms and seals ready, which the staff member confirms (both required). A
	 * late arrival counts against them on their record (APT-13, X-2).
	 * @param staffId who checks in: only the appointment's own staff member
	 * @param opensBefore how long before the agreed time check-in opens
	 * @param lateDetail what the staff record says of a late arrival, as staff read it
	 */
	public void staffArrived(String staffId, Boolean formsReady, Boolean sealsReady, Duration opensBefore,
			Function<StaffArrival, String> lateDetail, Instant now) {
		String rule = details.kind() == AppointmentKind.HALL ? "APT-9" : "APT-8";
		requireAccepted("checked in");
		if (!staffId.equals(staffId())) {
			throw new ForbiddenException(rule,
					rule + ": only " + staffId() + ", who serves appointment " + number + ", checks in for it");
		}
		if (fulfilment.staffArrival() != null) {
			throw new InvalidStateException(staffId + " already checked in for appointment " + number + " at "
					+ fulfilment.staffArrival().at());
		}
		requireCheckInOpen(opensBefore, now);
		StaffArrival arrival;
		if (details.kind() == AppointmentKind.HALL) {
			if (formsReady == null || sealsReady == null) {
				throw new RuleViolationException("APT-9",
						"A hall appointment's check-in confirms that the forms and seals are ready (formsReady, sealsReady)");
			}
			boolean inTime = !now.isAfter(agreedTime().minus(HALL_LEAD));
			arrival = new StaffArrival(now, !(inTime && formsReady && sealsReady), formsReady, sealsReady);
		}
		else {
			arrival = new StaffArrival(now, now.isAfter(agreedTime()), null, null);
		}
		this.fulfilment = fulfilment.withStaffArrival(arrival);
		if (arrival.late()) {
			registerEvent(new StaffRecordEntryRequested(UUID.randomUUID(), now, staffId, "PENALTY", rule, SERVICE,
					number, null, lateDetail.apply(arrival)));
		}
	}

	/**
	 * Staff record that the applicant came (APT-10), once: at the hall, or at home for a
	 * home visit. Up to {@link #GIVE_UP_AFTER} after the agreed time, not later: then the
	 * applicant has given the appointment up.
	 * @param opensBefore how long before the agreed time check-in opens
	 */
	public void applicantArrived(String recordedBy, Duration opensBefore, Instant now) {
		requireAccepted("checked in");
		if (fulfilment.applicantArrival() != null) {
			throw new InvalidStateException("The applicant of appointment " + number + " already checked in at "
					+ fulfilment.applicantArrival().at());
		}
		requireCheckInOpen(opensBefore, now);
		if (now.isAfter(agreedTime().plus(GIVE_UP_AFTER))) {
			throw new RuleViolationException("APT-10",
					"The applicant of appointment " + number + " is more than " + GIVE_UP_AFTER.toMinutes()
							+ " minutes late (agreed " + agreedTime() + ") and is deemed to have given it up");
		}
		this.fulfilment = fulfilment.withApplicantArrival(new ApplicantArrival(now, recordedBy));
	}

	/**
	 * APT-10: the applicant has not checked in more than {@link #GIVE_UP_AFTER} after the
	 * agreed time and is deemed to have given the appointment up, which frees its staff
	 * member's span; its history says so.
	 */
	public void giveUp(Instant now) {
		requireAccepted("given up");
		if (fulfilment.applicantArrival() != null || !now.isAfter(agreedTime().plus(GIVE_UP_AFTER))) {
			throw new InvalidStateException("The applicant of appointment " + number + " checked in or still may");
		}
		this.status = RequestStatus.GAVE_UP;
		changes.add(new AppointmentChange(ChangeKind.GAVE_UP, SCHEDULER, now, null, agreedTime(), staffId()));
		registerEvent(
				new AppointmentGaveUp(UUID.randomUUID(), now, id, number, applicant.customerId(), details.kind().name(),
						details.matter(), details.reason().name(), agreedTime(), place(), staffId(), status.name()));
	}

	/**
	 * APT-8: the serving staff member records how the appointment ended, once both they
	 * and the applicant checked in. What was not finished on the spot says what is left,
	 * and a written completion statement is then due: its clock is requested from
	 * deadline-service with {@code statementLimit}, the staff member responsible.
	 * @param statementTitle the statement clock's title as staff read it
	 */
	public void complete(Completion completion, String statementLimit, String statementTitle) {
		requireAccepted("completed");
		if (!completion.by().equals(staffId())) {
			throw new ForbiddenException("APT-8",
					"APT-8: only " + staffId() + ", who serves appointment " + number + ", completes it");
		}
		if (fulfilment.staffArrival() == null || fulfilment.applicantArrival() == null) {
			throw new InvalidStateException("Appointment " + number + " is completed once "
					+ (fulfilment.staffArrival() == null ? "its staff member" : "the applicant") + " checked in");
		}
		if (!completion.finishedOnSite() && isBlank(completion.outstanding())) {
			throw new RuleViolationException("APT-8",
					"What is not finished on the spot says what is left (outstanding); a completion statement follows");
		}
		this.status = RequestStatus.COMPLETED;
		this.fulfilment = fulfilment.withCompletion(completion);
		registerEvent(new AppointmentCompleted(UUID.randomUUID(), completion.at(), id, number, applicant.customerId(),
				details.kind().name(), details.matter(), details.reason().name(), agreedTime(), place(), staffId(),
				status.name(), completion.finishedOnSite(), completion.result()));
		if (!completion.finishedOnSite()) {
			registerEvent(new DeadlineRequested(UUID.randomUUID(), completion.at(), statementSubject(), statementTitle,
					statementLimit, completion.at(), "SERVICE_RULE", staffId(), intake.department(), true));
		}
	}

	/**
	 * APT-8: the written completion statement of an appointment not finished on the spot
	 * was delivered, once; its clock stops.
	 */
	public void deliverStatement(CompletionStatement statement) {
		Completion completion = fulfilment.completion();
		if (status != RequestStatus.COMPLETED || completion.finishedOnSite()) {
			throw new InvalidStateException("Appointment " + number + " owes no completion statement: "
					+ (status == RequestStatus.COMPLETED ? "it was finished on the spot" : "it is not completed"));
		}
		if (fulfilment.statement() != null) {
			throw new InvalidStateException("The completion statement of appointment " + number + " was delivered at "
					+ fulfilment.statement().deliveredAt());
		}
		this.fulfilment = fulfilment.withStatement(statement);
		registerEvent(new DeadlineSatisfied(UUID.randomUUID(), statement.deliveredAt(), statementSubject(), true));
	}

	private DeadlineSubject statementSubject() {
		return new DeadlineSubject(SERVICE, id.toString(), number, STATEMENT_PURPOSE);
	}

	/**
	 * APT-13: the staff member never checked in by the end of the span the appointment
	 * held, which counts against them on their record, once. Also for an
	 * appointment the applicant gave up: the staff member had to be there all the same.
	 * @param detail what the staff record says, as staff read it
	 */
	public void staffAbsent(String detail, Instant now) {
		if ((status != RequestStatus.ACCEPTED && status != RequestStatus.GAVE_UP) || fulfilment.staffArrival() != null
				|| fulfilment.staffNoShowAt() != null || !span().end().isBefore(now)) {
			throw new InvalidStateException("The staff member of appointment " + number + " is not found absent");
		}
		this.fulfilment = fulfilment.withStaffNoShow(now);
		String rule = details.kind() == AppointmentKind.HALL ? "APT-9" : "APT-8";
		registerEvent(new StaffRecordEntryRequested(UUID.randomUUID(), now, staffId(), "PENALTY", rule, SERVICE, number,
				null, detail));
	}

	private void requireCheckInOpen(Duration opensBefore, Instant now) {
		if (now.isBefore(agreedTime().minus(opensBefore))) {
			throw new InvalidStateException("Check-in for appointment " + number + " opens at "
					+ agreedTime().minus(opensBefore) + ", " + opensBefore.toMinutes() + " minutes before its time");
		}
	}

	private void requireAccepted(String step) {
		if (status != RequestStatus.ACCEPTED) {
			throw new InvalidStateException(
					"Request " + number + " is " + status.en().toLowerCase() + "; only an accepted one is " + step);
		}
	}

	private static void requireReason(String reason) {
		if (isBlank(reason)) {
			throw new IllegalArgumentException("A change of an agreed appointment states its reason");
		}
	}

	private static void requireFuture(Instant agreedTime, Instant now) {
		if (!agreedTime.isAfter(now)) {
			throw new RuleViolationException("APT-6",
					"The agreed time " + agreedTime + " has passed; agree a future time with the applicant");
		}
	}

	/**
	 * A staff member proposes to refuse the request, with the reason to tell the
	 * applicant. The applicant is not answered yet: a refusal needs the general manager's
	 * approval (APT-7). Accepting the request instead withdraws the proposal.
	 */
	public void proposeRefusal(String reason, String proposedBy, Instant now) {
		if (status != RequestStatus.RECEIVED) {
			requireUnanswered();
			throw new InvalidStateException("A refusal of request " + number + " already waits for approval");
		}
		if (isBlank(reason)) {
			throw new RuleViolationException("APT-7", "A refusal states its reason to the applicant");
		}
		this.status = RequestStatus.REFUSAL_PROPOSED;
		this.refusal = new RefusalDecision(reason.strip(), proposedBy, now, null, null);
	}

	/**
	 * The general manager approves the proposed refusal (APT-7): the applicant is
	 * answered now, by the staff member who proposed it, which stops the APT-5 clock.
	 * @param approvedBy the general manager, as the token names them
	 */
	public void approveRefusal(String approvedBy, Instant now) {
		if (status != RequestStatus.REFUSAL_PROPOSED) {
			throw new InvalidStateException(
					"Request " + number + " is " + status.en().toLowerCase() + "; only a proposed refusal is approved");
		}
		this.status = RequestStatus.REFUSED;
		this.refusal = refusal.approved(approvedBy, now);
		answered(refusal.proposedBy(), null, now);
	}

	/**
	 * The general manager's review of a refusal (APT-13), once: a refusal found without a
	 * valid reason counts against the staff member who answered the request, on their
	 * record.
	 * @param penaltyDetail what the staff record says, as staff read it
	 */
	public void reviewRefusal(RefusalReview review, String penaltyDetail) {
		if (status != RequestStatus.REFUSED) {
			throw new InvalidStateException(
					"Request " + number + " is " + status.en().toLowerCase() + "; only a refusal is reviewed");
		}
		if (this.review != null) {
			throw new InvalidStateException("The refusal of request " + number + " was already reviewed by "
					+ this.review.by() + " at " + this.review.at());
		}
		if (!review.justified() && isBlank(review.note())) {
			throw new IllegalArgumentException("A refusal found without a valid reason says what was found (note)");
		}
		this.review = review;
		if (!review.justified()) {
			registerEvent(new StaffRecordEntryRequested(UUID.randomUUID(), review.at(), answer.answeredBy(), "PENALTY",
					"APT-13", SERVICE, number, null, penaltyDetail));
		}
	}

	private void requireUnanswered() {
		if (status != RequestStatus.RECEIVED && status != RequestStatus.REFUSAL_PROPOSED) {
			throw new InvalidStateException(
					"Request " + number + " was already answered (" + status.en().toLowerCase() + ")");
		}
	}

	private void answered(String by, String note, Instant now) {
		this.answer = new Answer(by, note, now);
		registerEvent(new DeadlineSatisfied(UUID.randomUUID(), now, replySubject(), true));
	}

	private DeadlineSubject replySubject() {
		return new DeadlineSubject(SERVICE, id.toString(), number, REPLY_PURPOSE);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
	}

	public RequestDetails details() {
		return details;
	}

	public Applicant applicant() {
		return applicant;
	}

	public Instant receivedAt() {
		return intake.receivedAt();
	}

	/**
	 * When the request was entered, which is later than {@link #receivedAt()} for late
	 * registrations.
	 */
	public Instant registeredAt() {
		return intake.registeredAt();
	}

	public String receivedBy() {
		return intake.receivedBy();
	}

	public String department() {
		return intake.department();
	}

	public RequestStatus status() {
		return status;
	}

	public Instant agreedTime() {
		return appointment == null ? null : appointment.agreedTime();
	}

	public String place() {
		return appointment == null ? null : appointment.place();
	}

	public String staffId() {
		return appointment == null ? null : appointment.staffId();
	}

	/**
	 * Whether the staff member stands in for the customer's specialist; null before
	 * acceptance.
	 */
	public Boolean substitute() {
		return appointment == null ? null : appointment.substitute();
	}

	/**
	 * Why another staff member than the customer's specialist serves it (临时调配); null
	 * otherwise.
	 */
	public String assignmentReason() {
		return appointment == null ? null : appointment.substituteReason();
	}

	/**
	 * The span of the staff member's time it holds while accepted; null before
	 * acceptance.
	 */
	public Span span() {
		return appointment == null ? null : appointment.span();
	}

	/** The serving staff member's check-in (APT-8, APT-9); null until they check in. */
	public StaffArrival staffArrival() {
		return fulfilment.staffArrival();
	}

	/** The applicant's check-in (APT-10); null until they check in. */
	public ApplicantArrival applicantArrival() {
		return fulfilment.applicantArrival();
	}

	/**
	 * When the staff member was found never to have checked in (APT-13); null otherwise.
	 */
	public Instant staffNoShowAt() {
		return fulfilment.staffNoShowAt();
	}

	/** How it ended (APT-8); null until completed. */
	public Completion completion() {
		return fulfilment.completion();
	}

	/**
	 * The completion statement delivered after an appointment not finished on the spot
	 * (APT-8); null until delivered.
	 */
	public CompletionStatement statement() {
		return fulfilment.statement();
	}

	/**
	 * Whether a completion statement is owed and not yet delivered (APT-8).
	 */
	public boolean statementDue() {
		return fulfilment.completion() != null && !fulfilment.completion().finishedOnSite()
				&& fulfilment.statement() == null;
	}

	/** Its history: accepted, rescheduled, cancelled, given up, oldest first. */
	public List<AppointmentChange> changes() {
		return List.copyOf(changes);
	}

	/** The proposed or approved refusal (APT-7); null when none was proposed. */
	public RefusalDecision refusal() {
		return refusal;
	}

	public String answerNote() {
		return answer == null ? null : answer.answerNote();
	}

	public String answeredBy() {
		return answer == null ? null : answer.answeredBy();
	}

	public Instant answeredAt() {
		return answer == null ? null : answer.answeredAt();
	}

	/** The general manager's review of a refusal (APT-13); null until reviewed. */
	public RefusalReview refusalReview() {
		return review;
	}

	/** Optimistic-lock version; {@code null} until first saved. */
	@Override
	public Long version() {
		return version;
	}

}
