package cn.aode.servicedesk.appointment.request;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

/**
 * An appointment request (预约申请). Receiving it starts the one-working-day clock of the
 * service center's answer (APT-5); accepting or refusing it stops that clock.
 */
@Table("appointment_request")
public class AppointmentRequest extends AbstractAggregateRoot<AppointmentRequest> {

	/** The service's name as deadline subjects carry it. */
	static final String SERVICE = "appointment-service";

	/** APT-5: the service center answers within one working day of receiving. */
	static final String REPLY_POLICY = "P1WD";

	@Id
	private final UUID id;

	private final String number;

	private final AppointmentKind kind;

	private final AppointmentReason reason;

	private final String reasonDetail;

	private final ApplicantType applicantType;

	private final String applicantName;

	private final String applicantPhone;

	private final String customerId;

	private final boolean specialCare;

	private final RequestChannel channel;

	private final String matter;

	private final String address;

	private final Instant preferredTime;

	private final Instant receivedAt;

	private final Instant registeredAt;

	private final String receivedBy;

	private final String department;

	private RequestStatus status;

	private Instant agreedTime;

	private String place;

	private String staffId;

	private Boolean substitute;

	private String refusalReason;

	private String refusalApprovedBy;

	private String answerNote;

	private String answeredBy;

	private Instant answeredAt;

	@Version
	private Long version;

	@PersistenceCreator
	AppointmentRequest(UUID id, String number, AppointmentKind kind, AppointmentReason reason, String reasonDetail,
			ApplicantType applicantType, String applicantName, String applicantPhone, String customerId,
			boolean specialCare, RequestChannel channel, String matter, String address, Instant preferredTime,
			Instant receivedAt, Instant registeredAt, String receivedBy, String department, RequestStatus status,
			Instant agreedTime, String place, String staffId, Boolean substitute, String refusalReason,
			String refusalApprovedBy, String answerNote, String answeredBy, Instant answeredAt, Long version) {
		this.id = id;
		this.number = number;
		this.kind = kind;
		this.reason = reason;
		this.reasonDetail = reasonDetail;
		this.applicantType = applicantType;
		this.applicantName = applicantName;
		this.applicantPhone = applicantPhone;
		this.customerId = customerId;
		this.specialCare = specialCare;
		this.channel = channel;
		this.matter = matter;
		this.address = address;
		this.preferredTime = preferredTime;
		this.receivedAt = receivedAt;
		this.registeredAt = registeredAt;
		this.receivedBy = receivedBy;
		this.department = department;
		this.status = status;
		this.agreedTime = agreedTime;
		this.place = place;
		this.staffId = staffId;
		this.substitute = substitute;
		this.refusalReason = refusalReason;
		this.refusalApprovedBy = refusalApprovedBy;
		this.answerNote = answerNote;
		this.answeredBy = answeredBy;
		this.answeredAt = answeredAt;
		this.version = version;
	}

	/**
	 * Receives a request and asks deadline-service to watch the answer: one working day
	 * from {@code receivedAt}, the clerk who received it responsible (APT-5).
	 * @param receivedAt when the request actually arrived (a phone call at night is
	 * registered the next morning), never after {@code now}
	 */
	public static AppointmentRequest receive(String number, RequestDetails details, Applicant applicant,
			Instant receivedAt, String receivedBy, String department, Instant now) {
		if (receivedAt.isAfter(now)) {
			throw new IllegalArgumentException("receivedAt " + receivedAt + " is in the future");
		}
		if (details.reason() == AppointmentReason.OTHER && isBlank(details.reasonDetail())) {
			throw new RuleViolationException("APT-2", "A request for another reason must say what the reason is");
		}
		if (details.kind() == AppointmentKind.HOME_VISIT && isBlank(details.address())) {
			throw new RuleViolationException("APT-1", "A home visit needs the address to visit");
		}
		AppointmentRequest request = new AppointmentRequest(UUID.randomUUID(), number, details.kind(), details.reason(),
				details.reasonDetail(), applicant.type(), applicant.name(), applicant.phone(), applicant.customerId(),
				applicant.specialCare(), details.channel(), details.matter(), details.address(),
				details.preferredTime(), receivedAt, now, receivedBy, department, RequestStatus.RECEIVED, null, null,
				null, null, null, null, null, null, null, null);
		request.registerEvent(new DeadlineRequested(UUID.randomUUID(), now, request.replySubject(),
				"答复" + details.kind().zh() + "申请：" + applicant.name(), REPLY_POLICY, receivedAt, "SERVICE_RULE",
				receivedBy, department, false));
		return request;
	}

	/**
	 * Accepts the request with the time and place agreed with the applicant (APT-6). The
	 * customer's own specialist serves it unless another staff member is named, who then
	 * stands in (a schedule conflict); a home visit takes place at the applicant's
	 * address unless another place was agreed.
	 * @param customersSpecialist the applicant's specialist, or null when they have none
	 */
	public void accept(Acceptance acceptance, String customersSpecialist, Instant now) {
		requireUnanswered();
		String servedBy = isBlank(acceptance.staffId()) ? customersSpecialist : acceptance.staffId().strip();
		if (servedBy == null) {
			throw new RuleViolationException("APT-6",
					"The applicant has no specialist to serve the appointment; name the staff member");
		}
		if (!acceptance.agreedTime().isAfter(now)) {
			throw new RuleViolationException("APT-6", "The agreed time " + acceptance.agreedTime()
					+ " has passed; agree a future time with the applicant");
		}
		String agreedPlace = isBlank(acceptance.place()) && kind == AppointmentKind.HOME_VISIT ? address
				: acceptance.place();
		if (isBlank(agreedPlace)) {
			throw new RuleViolationException("APT-6", "A hall appointment needs the agreed place");
		}
		this.status = RequestStatus.ACCEPTED;
		this.agreedTime = acceptance.agreedTime();
		this.place = agreedPlace;
		this.staffId = servedBy;
		this.substitute = customersSpecialist != null && !servedBy.equals(customersSpecialist);
		answered(acceptance.answeredBy(), acceptance.note(), now);
	}

	/**
	 * Refuses the request: only with a reason told to the applicant and the general
	 * manager's approval (APT-7).
	 */
	public void refuse(Refusal refusal, Instant now) {
		requireUnanswered();
		if (isBlank(refusal.reason()) || isBlank(refusal.approvedBy())) {
			throw new RuleViolationException("APT-7",
					"A refusal needs its reason for the applicant and the general manager's approval");
		}
		this.status = RequestStatus.REFUSED;
		this.refusalReason = refusal.reason();
		this.refusalApprovedBy = refusal.approvedBy();
		answered(refusal.answeredBy(), null, now);
	}

	private void requireUnanswered() {
		if (status != RequestStatus.RECEIVED) {
			throw new RuleViolationException("APT-5",
					"Request " + number + " was already answered (" + status.en().toLowerCase() + ")");
		}
	}

	private void answered(String by, String note, Instant now) {
		this.answeredBy = by;
		this.answerNote = note;
		this.answeredAt = now;
		registerEvent(new DeadlineSatisfied(UUID.randomUUID(), now, replySubject(), true));
	}

	private DeadlineSubject replySubject() {
		return new DeadlineSubject(SERVICE, id.toString(), number, "reply");
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** Events registered and not yet published (published when the request is saved). */
	Collection<Object> pendingEvents() {
		return domainEvents();
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
	}

	public RequestDetails details() {
		return new RequestDetails(kind, reason, reasonDetail, channel, matter, address, preferredTime);
	}

	public Applicant applicant() {
		return new Applicant(applicantType, applicantName, applicantPhone, customerId, specialCare);
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	/**
	 * When the request was entered, which is later than {@link #receivedAt()} for late
	 * registrations.
	 */
	public Instant registeredAt() {
		return registeredAt;
	}

	public String receivedBy() {
		return receivedBy;
	}

	public String department() {
		return department;
	}

	public RequestStatus status() {
		return status;
	}

	public Instant agreedTime() {
		return agreedTime;
	}

	public String place() {
		return place;
	}

	public String staffId() {
		return staffId;
	}

	/**
	 * Whether the staff member stands in for the customer's specialist; null before
	 * acceptance.
	 */
	public Boolean substitute() {
		return substitute;
	}

	public String refusalReason() {
		return refusalReason;
	}

	public String refusalApprovedBy() {
		return refusalApprovedBy;
	}

	public String answerNote() {
		return answerNote;
	}

	public String answeredBy() {
		return answeredBy;
	}

	public Instant answeredAt() {
		return answeredAt;
	}

	/** Optimistic-lock version; {@code null} until first saved. */
	public Long version() {
		return version;
	}

}
