package cn.aode.servicedesk.appointment.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.aode.servicedesk.appointment.schedule.Booking;
import cn.aode.servicedesk.appointment.schedule.ScheduleConflictException;
import cn.aode.servicedesk.appointment.schedule.SchedulingProperties;
import cn.aode.servicedesk.appointment.schedule.Span;
import cn.aode.servicedesk.appointment.schedule.StaffDay;
import cn.aode.servicedesk.appointment.schedule.StaffSchedule;
import cn.aode.servicedesk.platform.projection.CustomerSpecialists;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.cases.Texts;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/**
 * Receiving and answering appointment requests, rescheduling and cancelling accepted
 * appointments and reviewing refusals, each in one transaction with its events. An
 * accepted appointment's span is booked against the database's constraint that no staff
 * member is booked twice (APT-6).
 */
@Service
public class AppointmentRequestService {

	/** Prefix of appointment numbers (预约). */
	static final String NUMBER_PREFIX = "YY";

	private static final Texts TEXTS = Texts.of(AppointmentRequestService.class);

	/** Times as staff read them on their record. */
	private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(CaseNumbers.BUSINESS_ZONE);

	private final AppointmentRequests requests;

	private final CaseNumbers numbers;

	private final NoShows noShows;

	private final ReplyDeadlines replyDeadlines;

	private final AppointmentComplaints complaints;

	private final CustomerSpecialists specialists;

	private final StaffSchedule schedule;

	private final SchedulingProperties scheduling;

	/**
	 * Saves a booking under a savepoint, so that after the database refuses a double
	 * booking the transaction can still read which appointment holds the span.
	 */
	private final TransactionTemplate savepoint;

	private final Clock clock;

	private final String serviceCenter;

	private final Duration maxBackdating;

	private final Duration checkInOpens;

	private final String statementLimit;

	AppointmentRequestService(AppointmentRequests requests, CaseNumbers numbers, NoShows noShows,
			ReplyDeadlines replyDeadlines, AppointmentComplaints complaints, CustomerSpecialists specialists,
			StaffSchedule schedule, SchedulingProperties scheduling, PlatformTransactionManager transactions,
			Clock clock, @Value("${servicedesk.appointments.service-center:客户服务中心}") String serviceCenter,
			@Value("${servicedesk.appointments.max-backdating:P14D}") Duration maxBackdating,
			@Value("${servicedesk.appointments.check-in-opens:PT2H}") Duration checkInOpens,
			@Value("${servicedesk.appointments.completion-statement-limit:P3WD}") String statementLimit) {
		this.requests = requests;
		this.numbers = numbers;
		this.noShows = noShows;
		this.replyDeadlines = replyDeadlines;
		this.complaints = complaints;
		this.specialists = specialists;
		this.schedule = schedule;
		this.scheduling = scheduling;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.clock = clock;
		this.serviceCenter = serviceCenter;
		this.maxBackdating = maxBackdating;
		this.checkInOpens = checkInOpens;
		this.statementLimit = statementLimit;
	}

	/**
	 * @param receivedAt when it arrived, or null for now. A request registered late keeps
	 * its real arrival (the APT-5 clock runs from it), but not further back than the
	 * configured limit (two weeks, longer than any holiday): an older date is a typing
	 * error that would put an instant violation on the clerk's record.
	 */
	@Transactional
	public AppointmentRequest receive(RequestDetails details, Applicant applicant, Instant receivedAt,
			String receivedBy) {
		Instant now = clock.instant();
		if (receivedAt != null && receivedAt.isBefore(now.minus(maxBackdating))) {
			throw new RuleViolationException("APT-5", "receivedAt " + receivedAt + " is more than "
					+ maxBackdating.toDays() + " days ago; register requests when they arrive");
		}
		return requests.save(AppointmentRequest.receive(numbers.next(NUMBER_PREFIX), details, applicant,
				receivedAt == null ? now : receivedAt, receivedBy, serviceCenter,
				TEXTS.format("reply-clock.title", details.kind().zh(), applicant.name()), now));
	}

	/**
	 * APT-6: accepts with the agreed time, booking the span it holds for its staff
	 * member; 409 when that staff member is booked then or a hall slot is full.
	 * @param expectedVersion the version the caller saw ({@code If-Match}), or null to
	 * skip the check
	 */
	@Transactional
	public AppointmentRequest accept(UUID id, Long expectedVersion, Acceptance acceptance) {
		AppointmentRequest request = current(id, expectedVersion, null);
		request.accept(acceptance, specialistOf(request), spanOf(request, acceptance.agreedTime()), clock.instant());
		return book(request);
	}

	/**
	 * Moves an accepted appointment to another time, checked against the schedule as an
	 * acceptance is (APT-6).
	 * @param applicant the CRM id of the customer asking, who may change only their own;
	 * null for the service center
	 */
	@Transactional
	public AppointmentRequest reschedule(UUID id, Long expectedVersion, Instant agreedTime, String reason, String by,
			String applicant) {
		AppointmentRequest request = current(id, expectedVersion, applicant);
		request.reschedule(agreedTime, spanOf(request, agreedTime), reason, by, clock.instant());
		return book(request);
	}

	/**
	 * Cancels an accepted appointment, which frees its staff member's span.
	 * @param applicant the CRM id of the customer asking, who may cancel only their own;
	 * null for the service center
	 */
	@Transactional
	public AppointmentRequest cancel(UUID id, Long expectedVersion, String reason, String by, String applicant) {
		AppointmentRequest request = current(id, expectedVersion, applicant);
		request.cancel(reason, by, clock.instant());
		return requests.save(request);
	}

	/**
	 * APT-8, APT-9: the serving staff member checks in; a late arrival asks for an entry
	 * on their record (APT-13).
	 * @param formsReady for a hall appointment, whether the forms are ready; null
	 * otherwise
	 * @param sealsReady for a hall appointment, whether the seals are ready; null
	 * otherwise
	 */
	@Transactional
	public AppointmentRequest staffArrived(UUID id, Long expectedVersion, String staffId, Boolean formsReady,
			Boolean sealsReady) {
		AppointmentRequest request = current(id, expectedVersion, null);
		request.staffArrived(staffId, formsReady, sealsReady, checkInOpens,
				arrival -> lateArrivalDetail(request, arrival), clock.instant());
		return requests.save(request);
	}

	/** APT-10: staff record that the applicant came, at most 30 minutes late. */
	@Transactional
	public AppointmentRequest applicantArrived(UUID id, Long expectedVersion, String recordedBy) {
		AppointmentRequest request = current(id, expectedVersion, null);
		request.applicantArrived(recordedBy, checkInOpens, clock.instant());
		return requests.save(request);
	}

	/**
	 * APT-10: marks up to {@code limit} appointments whose applicant has not checked in
	 * more than 30 minutes after the agreed time as given up, in one transaction. Rows
	 * another instance is marking are skipped, so each is given up once.
	 * @return how many were given up
	 */
	@Transactional
	public int giveUpNoShows(int limit) {
		Instant now = clock.instant();
		List<UUID> due = noShows.lockDue(now, limit);
		for (UUID id : due) {
			AppointmentRequest request = get(id);
			request.giveUp(now);
			requests.save(request);
		}
		return due.size();
	}

	/**
	 * APT-8: the serving staff member records how the appointment ended; one not finished
	 * on the spot asks deadline-service to watch its completion statement.
	 */
	@Transactional
	public AppointmentRequest complete(UUID id, Long expectedVersion, String by, boolean finishedOnSite, String result,
			String outstanding, boolean applicantConfirmed, String applicantOpinion) {
		AppointmentRequest request = current(id, expectedVersion, null);
		request.complete(
				new Completion(clock.instant(), by, finishedOnSite, result.strip(), stripped(outstanding),
						applicantConfirmed, stripped(applicantOpinion)),
				statementLimit, TEXTS.format("statement-clock.title", request.number(), request.applicant().name()));
		return requests.save(request);
	}

	/** APT-8: the completion statement was delivered; its clock stops. */
	@Transactional
	public AppointmentRequest deliverStatement(UUID id, Long expectedVersion, String summary, String deliveredTo,
			String by) {
		AppointmentRequest request = current(id, expectedVersion, null);
		request.deliverStatement(new CompletionStatement(clock.instant(), summary.strip(), deliveredTo.strip(), by));
		return requests.save(request);
	}

	private static String stripped(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * APT-13: finds up to {@code limit} appointments whose staff member never checked in
	 * by the end of their span and asks for an entry on their record, once each, also
	 * with several instances running.
	 * @return how many were found
	 */
	@Transactional
	public int recordStaffAbsences(int limit) {
		Instant now = clock.instant();
		List<UUID> absent = noShows.lockStaffAbsent(now, limit);
		for (UUID id : absent) {
			AppointmentRequest request = get(id);
			request.staffAbsent(TEXTS.format("staff-absent.detail", request.details().kind().zh(), request.number(),
					SHOWN_TIME.format(request.agreedTime())), now);
			requests.save(request);
		}
		return absent.size();
	}

	private static String lateArrivalDetail(AppointmentRequest request, StaffArrival arrival) {
		String agreed = SHOWN_TIME.format(request.agreedTime());
		String arrived = SHOWN_TIME.format(arrival.at());
		if (request.details().kind() == AppointmentKind.HOME_VISIT) {
			return TEXTS.format("late-arrival.home-visit.detail", request.number(), agreed, arrived);
		}
		return TEXTS.format("late-arrival.hall.detail", request.number(), agreed, arrived,
				TEXTS.format(arrival.formsReady() ? "ready" : "not-ready"),
				TEXTS.format(arrival.sealsReady() ? "ready" : "not-ready"));
	}

	/**
	 * APT-6: who could serve the appointment at {@code agreedTime} (or, when null, its
	 * agreed or preferred time): the customer's specialist if free, and the other staff
	 * of the service center who are.
	 */
	@Transactional(readOnly = true)
	public FreeStaff freeStaff(UUID id, Instant agreedTime) {
		AppointmentRequest request = get(id);
		Instant at = agreedTime != null ? agreedTime
				: request.agreedTime() != null ? request.agreedTime() : request.details().preferredTime();
		if (at == null) {
			throw new IllegalArgumentException(
					"Request " + request.number() + " has neither an agreed nor a preferred time; name agreedTime");
		}
		Span span = spanOf(request, at);
		String specialist = specialistOf(request);
		Set<String> candidates = new LinkedHashSet<>(scheduling.serviceCenterStaff());
		if (specialist != null) {
			candidates.add(specialist);
		}
		Set<String> busy = schedule.busyAmong(candidates, span, request.id());
		return new FreeStaff(at, span, specialist, specialist == null ? null : !busy.contains(specialist),
				freeOf(busy, specialist));
	}

	/**
	 * APT-7: a refusal proposed by a staff member, for the general manager to approve.
	 */
	@Transactional
	public AppointmentRequest proposeRefusal(UUID id, Long expectedVersion, String reason, String proposedBy) {
		return answer(id, expectedVersion, request -> request.proposeRefusal(reason, proposedBy, clock.instant()));
	}

	/** APT-7: the general manager's approval, which answers the applicant. */
	@Transactional
	public AppointmentRequest approveRefusal(UUID id, Long expectedVersion, String approvedBy) {
		return answer(id, expectedVersion, request -> request.approveRefusal(approvedBy, clock.instant()));
	}

	/**
	 * APT-13: the general manager's review of a refusal; one without a valid reason goes
	 * on the record of the staff member who answered.
	 */
	@Transactional
	public AppointmentRequest reviewRefusal(UUID id, Long expectedVersion, String reviewedBy, boolean justified,
			String note) {
		RefusalReview review = new RefusalReview(reviewedBy, justified, note, clock.instant());
		return answer(id, expectedVersion, request -> request.reviewRefusal(review,
				TEXTS.format("unjustified-refusal.detail", request.number(), note)));
	}

	/** Requests of one status, or all, in the order of the pageable. */
	@Transactional(readOnly = true)
	public Page<AppointmentRequest> find(RequestStatus status, Pageable pageable) {
		return status == null ? requests.findAll(pageable) : requests.findByStatus(status, pageable);
	}

	/** One customer's own requests, newest first in the pageable's order. */
	@Transactional(readOnly = true)
	public Page<AppointmentRequest> findOfCustomer(String customerId, RequestStatus status, Pageable pageable) {
		return status == null ? requests.findByApplicantCustomerId(customerId, pageable)
				: requests.findByApplicantCustomerIdAndStatus(customerId, status, pageable);
	}

	/**
	 * The console's list of a staff member's appointments of a day (Asia/Shanghai),
	 * cancelled ones aside, in the pageable's order.
	 */
	@Transactional(readOnly = true)
	public Page<AppointmentRequest> dayOf(String staffId, LocalDate date, Pageable pageable) {
		Span day = StaffDay.dayOf(date);
		return requests
			.findByAppointmentStaffIdAndAppointmentAgreedTimeGreaterThanEqualAndAppointmentAgreedTimeLessThanAndStatusIn(
					staffId, day.start(), day.end(),
					List.of(RequestStatus.ACCEPTED, RequestStatus.COMPLETED, RequestStatus.GAVE_UP), pageable);
	}

	/** Today in the business zone, by the injected clock. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), CaseNumbers.BUSINESS_ZONE);
	}

	/**
	 * APT-5: the requests still waiting for an answer (a refusal waiting for approval
	 * included), in the pageable's order, with when each answer is due.
	 */
	@Transactional(readOnly = true)
	public Page<PendingReply> pendingReplies(Pageable pageable) {
		Page<AppointmentRequest> pending = requests
			.findByStatusIn(List.of(RequestStatus.RECEIVED, RequestStatus.REFUSAL_PROPOSED), pageable);
		Map<UUID, Instant> due = replyDeadlines.dueOf(pending.map(AppointmentRequest::id).getContent());
		return pending.map(request -> new PendingReply(request, due.get(request.id())));
	}

	/**
	 * APT-10: the appointments given up in a week (agreed from its Monday,
	 * Asia/Shanghai), in the pageable's order.
	 */
	@Transactional(readOnly = true)
	public Page<AppointmentRequest> givenUpIn(LocalDate monday, Pageable pageable) {
		return requests.findByStatusAndAppointmentAgreedTimeGreaterThanEqualAndAppointmentAgreedTimeLessThan(
				RequestStatus.GAVE_UP, StaffDay.dayOf(monday).start(), StaffDay.dayOf(monday.plusWeeks(1)).start(),
				pageable);
	}

	private AppointmentRequest answer(UUID id, Long expectedVersion, Consumer<AppointmentRequest> answer) {
		AppointmentRequest request = current(id, expectedVersion, null);
		answer.accept(request);
		return requests.save(request);
	}

	/**
	 * The request to change, at the version the caller saw; a customer's own only (404
	 * for another's, as if it did not exist).
	 */
	private AppointmentRequest current(UUID id, Long expectedVersion, String applicant) {
		AppointmentRequest request = get(id);
		if (applicant != null && !applicant.equals(request.applicant().customerId())) {
			throw new NotFoundException("Appointment request", id);
		}
		StaleVersionException.requireCurrent("Appointment request", id, expectedVersion, request.version());
		return request;
	}

	private String specialistOf(AppointmentRequest request) {
		String customerId = request.applicant().customerId();
		return customerId == null ? null : specialists.specialistOf(customerId).orElse(null);
	}

	private Span spanOf(AppointmentRequest request, Instant agreedTime) {
		return request.details().kind() == AppointmentKind.HALL ? scheduling.hallSpan(agreedTime)
				: scheduling.homeVisitSpan(agreedTime);
	}

	/**
	 * Saves an appointment holding its span. A hall appointment first takes its slot's
	 * place (APT-6: capacity per slot); the database then refuses the span if its staff
	 * member holds an overlapping one, even when two requests race for it, and the loser
	 * learns which appointment holds it and who else is free.
	 */
	private AppointmentRequest book(AppointmentRequest request) {
		if (request.details().kind() == AppointmentKind.HALL) {
			Span slot = scheduling.hallSlotOf(request.agreedTime());
			if (schedule.lockAndCountHallSlot(slot, request.id()) >= scheduling.hallCapacityPerSlot()) {
				throw ScheduleConflictException.hallSlotFull(slot, scheduling.hallCapacityPerSlot());
			}
		}
		try {
			return savepoint.execute(status -> requests.save(request));
		}
		catch (RuntimeException ex) {
			if (!StaffSchedule.isDoubleBooking(ex)) {
				throw ex;
			}
			Booking conflict = schedule.conflictWith(request.staffId(), request.span(), request.id())
				.orElseThrow(() -> ex);
			Set<String> busy = schedule.busyAmong(scheduling.serviceCenterStaff(), request.span(), request.id());
			busy.add(request.staffId());
			throw ScheduleConflictException.staffTaken(conflict, request.span(), freeOf(busy, null));
		}
	}

	private List<String> freeOf(Set<String> busy, String except) {
		return scheduling.serviceCenterStaff()
			.stream()
			.filter(staff -> !busy.contains(staff) && !staff.equals(except))
			.toList();
	}

	/** APT-12: the complaints raised about the appointment, in the order accepted. */
	@Transactional(readOnly = true)
	public List<AppointmentComplaint> complaintsAbout(UUID id) {
		return complaints.about(id);
	}

	@Transactional(readOnly = true)
	public AppointmentRequest get(UUID id) {
		return requests.findById(id).orElseThrow(() -> new NotFoundException("Appointment request", id));
	}

}
