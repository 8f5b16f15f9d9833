package cn.aode.servicedesk.complaint.procedure;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.complaint.ComplaintAccepted;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

/**
 * A customer's complaint (投诉) through its procedure (CMP-3): accept → handle → feedback →
 * revisit → archive, and again from handling when the revisit finds the customer
 * dissatisfied. A major complaint (CMP-4) is handled only once a principal leader has
 * acknowledged it; feedback waits for the apology of a verified staff fault (CMP-5) or
 * the explanation when the company is not responsible (CMP-6). Each step registers its
 * events; they reach Kafka through the outbox.
 */
@Table("complaint")
public class Complaint extends Aggregate<Complaint> {

	/** The service's name as deadline subjects carry it. */
	static final String SERVICE = "complaint-service";

	@Id
	private final UUID id;

	private final String number;

	private final String customerId;

	private final String customerName;

	private final String customerPhone;

	private final ComplaintChannel channel;

	private final String content;

	private final Instant receivedAt;

	@Embedded.Empty
	private final Intake intake;

	private ComplaintStatus status;

	@Embedded.Nullable(prefix = "major_")
	private MajorFlag major;

	@Embedded.Nullable
	private Handling handling;

	@Embedded.Nullable(prefix = "apology_")
	private Apology apology;

	@Embedded.Nullable(prefix = "explanation_")
	private Explanation explanation;

	@Embedded.Nullable(prefix = "feedback_")
	private Feedback feedback;

	@Embedded.Nullable(prefix = "revisit_")
	private Revisit revisit;

	@Embedded.Nullable(prefix = "protection_")
	private Protection protection;

	private int reopenCount;

	private String lastReopenReason;

	private Instant archivedAt;

	@Version
	private Long version;

	@PersistenceCreator
	Complaint(UUID id, String number, String customerId, String customerName, String customerPhone,
			ComplaintChannel channel, String content, Instant receivedAt, Intake intake, ComplaintStatus status,
			MajorFlag major, Handling handling, Apology apology, Explanation explanation, Feedback feedback,
			Revisit revisit, Protection protection, int reopenCount, String lastReopenReason, Instant archivedAt,
			Long version) {
		this.id = id;
		this.number = number;
		this.customerId = customerId;
		this.customerName = customerName;
		this.customerPhone = customerPhone;
		this.channel = channel;
		this.content = content;
		this.receivedAt = receivedAt;
		this.intake = intake;
		this.status = status;
		this.major = major;
		this.handling = handling;
		this.apology = apology;
		this.explanation = explanation;
		this.feedback = feedback;
		this.revisit = revisit;
		this.protection = protection;
		this.reopenCount = reopenCount;
		this.lastReopenReason = lastReopenReason;
		this.archivedAt = archivedAt;
		this.version = version;
	}

	/**
	 * Accepts (受理) a complaint, the first step of CMP-3, and asks deadline-service to
	 * watch its handling: the limit of its category, or DL-3's three working days with a
	 * written reply when none is set.
	 * @param limit the handling time limit (e.g. {@code P2WD}), or null for DL-3's
	 * default
	 * @param handler who is responsible for handling in time (the office, CMP-2)
	 * @param clockTitle the handling clock's title as staff read it
	 */
	public static Complaint accept(String number, Complainant complainant, ComplaintChannel channel, String content,
			Intake intake, String limit, String handler, String clockTitle, Instant now) {
		Complaint complaint = new Complaint(UUID.randomUUID(), number, complainant.customerId(), complainant.name(),
				complainant.phone(), channel, content, now, intake, ComplaintStatus.ACCEPTED, null, null, null, null,
				null, null, null, 0, null, null, null);
		ConcernedAppointment appointment = intake.appointment();
		complaint.registerEvent(new ComplaintAccepted(UUID.randomUUID(), now, complaint.id, number,
				complainant.customerId(), channel.name(), content, appointment == null ? null : appointment.id(),
				appointment == null ? null : appointment.number()));
		complaint.requestHandlingClock(limit, handler, clockTitle, now);
		return complaint;
	}

	/**
	 * CMP-4: the complaint affects the company's image (media, safety, many customers);
	 * it is reported to the principal leaders and waits for one of them before handling.
	 */
	public void flagMajor(String reason, String by, Instant now) {
		requireOpen("flag it as major");
		if (major != null) {
			throw new InvalidStateException("Complaint " + number + " is already flagged as major by "
					+ major.flaggedBy() + " at " + major.flaggedAt());
		}
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("CMP-4", "A major complaint says why it affects the company's image");
		}
		this.major = new MajorFlag(reason.strip(), by, now, null, null);
	}

	/**
	 * CMP-4: a principal leader (or the general manager) acknowledges the major
	 * complaint.
	 */
	public void acknowledgeMajor(String by, Instant now) {
		if (major == null) {
			throw new InvalidStateException("Complaint " + number + " is not flagged as major; nothing to acknowledge");
		}
		if (major.acknowledged()) {
			throw new InvalidStateException("The major complaint " + number + " was already acknowledged by "
					+ major.acknowledgedBy() + " at " + major.acknowledgedAt());
		}
		this.major = major.acknowledge(by, now);
	}

	/**
	 * Records the handling (处理, CMP-1): facts found, the finding and the actions taken.
	 * CMP-4: a major complaint is handled only after a leader acknowledged it. CMP-5: a
	 * staff attitude or skill problem names the staff member at fault, and only that
	 * finding names one.
	 */
	public void handle(String by, String investigation, String actions, ComplaintFinding finding, String staffAtFault,
			Instant now) {
		if (status != ComplaintStatus.ACCEPTED) {
			throw new InvalidStateException(
					"Complaint " + number + " is " + status.en().toLowerCase() + "; " + nextSteps());
		}
		if (major != null && !major.acknowledged()) {
			throw new RuleViolationException("CMP-4", "Complaint " + number + " is a major complaint reported to"
					+ " the principal leaders; handling starts once one of them has acknowledged it");
		}
		if (finding == null) {
			throw new IllegalArgumentException("A handled complaint states its finding (CMP-5, CMP-6)");
		}
		boolean staffNamed = staffAtFault != null && !staffAtFault.isBlank();
		if (finding == ComplaintFinding.STAFF_AT_FAULT && !staffNamed) {
			throw new RuleViolationException("CMP-5", "A verified staff attitude or skill problem names the staff"
					+ " member at fault, who apologises to the customer with their supervisor");
		}
		if (finding != ComplaintFinding.STAFF_AT_FAULT && staffNamed) {
			throw new RuleViolationException("CMP-5", "Only a verified staff attitude or skill problem names a staff"
					+ " member at fault; the finding is " + finding.en().toLowerCase());
		}
		this.status = ComplaintStatus.HANDLED;
		this.handling = new Handling(by, investigation, actions, finding, staffNamed ? staffAtFault.strip() : null,
				now);
	}

	/**
	 * CMP-5: the staff member at fault and their supervisor apologised to the customer.
	 */
	public void recordApology(String supervisorId, String how, Instant apologisedAt, String by) {
		requireHandledWith(ComplaintFinding.STAFF_AT_FAULT, "an apology");
		if (supervisorId.equals(handling.staffAtFault())) {
			throw new RuleViolationException("CMP-5",
					"The supervisor apologises beside the staff member at fault, not instead of them");
		}
		this.apology = new Apology(supervisorId, how, apologisedAt, by);
	}

	/** CMP-6: the patient explanation given when the company is not responsible. */
	public void recordExplanation(String text, String by, Instant now) {
		requireHandledWith(ComplaintFinding.NOT_COMPANY_RESPONSIBLE, "an explanation");
		this.explanation = new Explanation(text, by, now);
	}

	/**
	 * Feeds the result back to the complainant (反馈): stops the handling clock and lets
	 * visit-service plan the revisit ({@code complaint.resolved}). A verified staff fault
	 * needs the apology first (CMP-5), a complaint the company is not responsible for the
	 * explanation (CMP-6).
	 */
	public void giveFeedback(ComplaintChannel how, String content, String by, Instant now) {
		if (status != ComplaintStatus.HANDLED) {
			throw new InvalidStateException(
					"Complaint " + number + " is " + status.en().toLowerCase() + "; " + nextSteps());
		}
		if (handling.finding() == ComplaintFinding.STAFF_AT_FAULT && apology == null) {
			throw new RuleViolationException("CMP-5", "The staff member at fault (" + handling.staffAtFault()
					+ ") and their supervisor apologise to the customer before the result is fed back");
		}
		if (handling.finding() == ComplaintFinding.NOT_COMPANY_RESPONSIBLE && explanation == null) {
			throw new RuleViolationException("CMP-6",
					"The customer gets a patient explanation before the result is fed back");
		}
		this.status = ComplaintStatus.FED_BACK;
		this.feedback = new Feedback(how, content, by, now);
		registerEvent(new DeadlineSatisfied(UUID.randomUUID(), now, handlingSubject(), true));
		ConcernedAppointment appointment = intake.appointment();
		registerEvent(new ComplaintResolved(UUID.randomUUID(), now, id, number, customerId, customerName, customerPhone,
				handling.handledBy(), content, handling.finding().name(), handling.staffAtFault(),
				appointment == null ? null : appointment.id(), appointment == null ? null : appointment.number()));
	}

	/**
	 * The complaint revisit's result (回访): a satisfied customer archives the complaint
	 * (归档); a dissatisfied one reopens it for handling, and the procedure runs again.
	 * @return whether the complaint was reopened
	 */
	public boolean revisited(Revisit result, String handler, String clockTitle, Instant now) {
		if (status != ComplaintStatus.FED_BACK) {
			throw new InvalidStateException("Complaint " + number + " is " + status.en().toLowerCase()
					+ "; a revisit is recorded for a complaint whose result was fed back");
		}
		this.revisit = result;
		if (!result.dissatisfied()) {
			this.status = ComplaintStatus.ARCHIVED;
			this.archivedAt = now;
			return false;
		}
		this.status = ComplaintStatus.ACCEPTED;
		this.reopenCount++;
		this.lastReopenReason = "回访不满意（" + result.satisfaction() + "）："
				+ (result.opinion() == null ? "" : result.opinion());
		this.handling = null;
		this.apology = null;
		this.explanation = null;
		this.feedback = null;
		requestHandlingClock(null, handler, clockTitle, now);
		return true;
	}

	/** CMP-8: people or property at risk of retaliation, and the measures taken. */
	public void protect(String atRisk, String measures, String by, Instant now) {
		requireOpen("record protective measures");
		this.protection = new Protection(atRisk, measures, by, now);
	}

	private void requestHandlingClock(String limit, String handler, String clockTitle, Instant now) {
		registerEvent(new DeadlineRequested(UUID.randomUUID(), now, handlingSubject(), clockTitle, limit, now,
				limit == null ? "NO_LIMIT_GIVEN" : "SERVICE_RULE", handler, "办公室", limit == null));
	}

	/** One handling clock per round: reopening starts a new one. */
	private DeadlineSubject handlingSubject() {
		return new DeadlineSubject(SERVICE, id.toString(), number,
				reopenCount == 0 ? "handling" : "handling-" + (reopenCount + 1));
	}

	private void requireHandledWith(ComplaintFinding finding, String what) {
		if (status != ComplaintStatus.HANDLED) {
			throw new InvalidStateException(
					"Complaint " + number + " is " + status.en().toLowerCase() + "; " + nextSteps());
		}
		if (handling.finding() != finding) {
			throw new InvalidStateException(
					"Complaint " + number + " was found " + handling.finding().en().toLowerCase() + "; " + what
							+ " is recorded only when it was found " + finding.en().toLowerCase());
		}
	}

	private void requireOpen(String what) {
		if (status == ComplaintStatus.ARCHIVED) {
			throw new InvalidStateException("Complaint " + number + " is archived and read-only; cannot " + what);
		}
	}

	/**
	 * The steps the complaint's state allows, for refusals that say what can happen next.
	 */
	String nextSteps() {
		return switch (status) {
			case ACCEPTED -> (major != null && !major.acknowledged()) ? "next: a principal leader acknowledges it"
					: "next: handling";
			case HANDLED -> switch (handling.finding()) {
				case STAFF_AT_FAULT -> apology == null ? "next: the apology, then feedback" : "next: feedback";
				case NOT_COMPANY_RESPONSIBLE ->
					explanation == null ? "next: the explanation, then feedback" : "next: feedback";
				case COMPANY_RESPONSIBLE -> "next: feedback";
			};
			case FED_BACK -> "next: the revisit, reported by visit-service";
			case ARCHIVED -> "it is archived and read-only";
		};
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
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

	public ComplaintChannel channel() {
		return channel;
	}

	public String content() {
		return content;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public Intake intake() {
		return intake;
	}

	public ComplaintStatus status() {
		return status;
	}

	public MajorFlag major() {
		return major;
	}

	public Handling handling() {
		return handling;
	}

	public Apology apology() {
		return apology;
	}

	public Explanation explanation() {
		return explanation;
	}

	public Feedback feedback() {
		return feedback;
	}

	public Revisit revisit() {
		return revisit;
	}

	/** CMP-8: for leaders and the handler only; never part of list views. */
	public Protection protection() {
		return protection;
	}

	public int reopenCount() {
		return reopenCount;
	}

	public String lastReopenReason() {
		return lastReopenReason;
	}

	public Instant archivedAt() {
		return archivedAt;
	}

	/** Optimistic-lock version; {@code null} until first saved. */
	@Override
	public Long version() {
		return version;
	}

}
