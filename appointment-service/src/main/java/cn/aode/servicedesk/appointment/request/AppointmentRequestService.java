package cn.aode.servicedesk.appointment.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.appointment.specialist.CustomerSpecialists;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.cases.Texts;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/**
 * Receiving and answering appointment requests and reviewing refusals, each in one
 * transaction with its events.
 */
@Service
public class AppointmentRequestService {

	/** Prefix of appointment numbers (预约). */
	static final String NUMBER_PREFIX = "YY";

	private static final Texts TEXTS = Texts.of(AppointmentRequestService.class);

	private final AppointmentRequests requests;

	private final CaseNumbers numbers;

	private final CustomerSpecialists specialists;

	private final Clock clock;

	private final String serviceCenter;

	private final Duration maxBackdating;

	AppointmentRequestService(AppointmentRequests requests, CaseNumbers numbers, CustomerSpecialists specialists,
			Clock clock, @Value("${servicedesk.appointments.service-center:客户服务中心}") String serviceCenter,
			@Value("${servicedesk.appointments.max-backdating:P14D}") Duration maxBackdating) {
		this.requests = requests;
		this.numbers = numbers;
		this.specialists = specialists;
		this.clock = clock;
		this.serviceCenter = serviceCenter;
		this.maxBackdating = maxBackdating;
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
	 * @param expectedVersion the version the caller saw ({@code If-Match}), or null to
	 * skip the check
	 */
	@Transactional
	public AppointmentRequest accept(UUID id, Long expectedVersion, Acceptance acceptance) {
		return answer(id, expectedVersion, request -> {
			String customerId = request.applicant().customerId();
			String specialist = customerId == null ? null : specialists.specialistOf(customerId).orElse(null);
			request.accept(acceptance, specialist, clock.instant());
		});
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

	private AppointmentRequest answer(UUID id, Long expectedVersion, Consumer<AppointmentRequest> answer) {
		AppointmentRequest request = get(id);
		StaleVersionException.requireCurrent("Appointment request", id, expectedVersion, request.version());
		answer.accept(request);
		return requests.save(request);
	}

	@Transactional(readOnly = true)
	public AppointmentRequest get(UUID id) {
		return requests.findById(id).orElseThrow(() -> new NotFoundException("Appointment request", id));
	}

}
