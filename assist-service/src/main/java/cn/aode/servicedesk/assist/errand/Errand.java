package cn.aode.servicedesk.assist.errand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.deadline.DeadlinePauseRequested;
import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineResumeRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

/**
 * A permit errand (代办事项, AST-7) the help desk runs for a customer under their
 * authorisation: the permit, the authority, the documents and the dates; preparing →
 * submitted → approved or rejected → closed (or withdrawn). Its deadline clock starts
 * when it begins, is paused while the authority decides and stops when it is closed or
 * withdrawn, each through an event of deadline-service's contract.
 */
@Table("errand")
public class Errand extends Aggregate<Errand> {

	static final String SERVICE = "assist-service";

	@Id
	private final UUID id;

	private final String number;

	private final UUID authorisationId;

	private final String customerId;

	private final Permit permit;

	private final String authority;

	/** The documents prepared, one per line. */
	private final String documents;

	private ErrandStatus status;

	private LocalDate submittedOn;

	private LocalDate decidedOn;

	private String decisionNote;

	private Instant closedAt;

	private final String handledBy;

	private final Instant createdAt;

	@Version
	private Long version;

	@PersistenceCreator
	Errand(UUID id, String number, UUID authorisationId, String customerId, Permit permit, String authority,
			String documents, ErrandStatus status, LocalDate submittedOn, LocalDate decidedOn, String decisionNote,
			Instant closedAt, String handledBy, Instant createdAt, Long version) {
		this.id = id;
		this.number = number;
		this.authorisationId = authorisationId;
		this.customerId = customerId;
		this.permit = permit;
		this.authority = authority;
		this.documents = documents;
		this.status = status;
		this.submittedOn = submittedOn;
		this.decidedOn = decidedOn;
		this.decisionNote = decisionNote;
		this.closedAt = closedAt;
		this.handledBy = handledBy;
		this.createdAt = createdAt;
		this.version = version;
	}

	/**
	 * AST-7: an errand begins only under a valid authorisation of the customer that
	 * covers its permit (422 naming AST-7 otherwise), and starts its clock with
	 * {@code limit}.
	 */
	static Errand begin(String number, Authorisation authorisation, Permit permit, String authority,
			List<String> documents, String handledBy, String limit, LocalDate today, Instant now) {
		String refusal = authorisation.refusalFor(permit, today);
		if (refusal != null) {
			throw new RuleViolationException("AST-7",
					"Without the customer's valid authorisation the help desk does not" + " handle the approval: "
							+ refusal);
		}
		Errand errand = new Errand(UUID.randomUUID(), number, authorisation.id(), authorisation.customerId(), permit,
				authority, String.join("\n", documents), ErrandStatus.PREPARING, null, null, null, null, handledBy, now,
				null);
		errand.registerEvent(new DeadlineRequested(UUID.randomUUID(), now, errand.subject(),
				"代办" + permit.zh() + "审批 " + number, limit, now, "SERVICE_RULE", handledBy, "客服中心", false));
		return errand;
	}

	/** Submitted to the authority: the clock waits while it decides. */
	void submit(LocalDate on, Instant now) {
		require(ErrandStatus.PREPARING, "submitted");
		this.status = ErrandStatus.SUBMITTED;
		this.submittedOn = on;
		registerEvent(new DeadlinePauseRequested(UUID.randomUUID(), now, subject(), "等待" + authority + "审批"));
	}

	/** The authority decided: the clock runs again until the customer is told. */
	void decide(boolean approved, LocalDate on, String note, Instant now) {
		require(ErrandStatus.SUBMITTED, "decided");
		if (on.isBefore(submittedOn)) {
			throw new IllegalArgumentException(
					"A decision on " + on + " comes before the submission on " + submittedOn);
		}
		this.status = approved ? ErrandStatus.APPROVED : ErrandStatus.REJECTED;
		this.decidedOn = on;
		this.decisionNote = note;
		registerEvent(new DeadlineResumeRequested(UUID.randomUUID(), now, subject()));
	}

	/** The customer was told the decision: the errand and its clock are done. */
	void close(Instant now) {
		if (status != ErrandStatus.APPROVED && status != ErrandStatus.REJECTED) {
			throw new InvalidStateException(
					"Errand " + number + " is " + status + "; it is closed once the authority" + " decided");
		}
		this.status = ErrandStatus.CLOSED;
		this.closedAt = now;
		registerEvent(new DeadlineSatisfied(UUID.randomUUID(), now, subject(), true));
	}

	/** The customer or the help desk gives the errand up before a decision. */
	void withdraw(String note, Instant now) {
		if (status != ErrandStatus.PREPARING && status != ErrandStatus.SUBMITTED) {
			throw new InvalidStateException(
					"Errand " + number + " is " + status + "; only an open errand is withdrawn");
		}
		this.status = ErrandStatus.WITHDRAWN;
		this.decisionNote = note;
		this.closedAt = now;
		registerEvent(new DeadlineSatisfied(UUID.randomUUID(), now, subject(), true));
	}

	private void require(ErrandStatus expected, String what) {
		if (status != expected) {
			throw new InvalidStateException(
					"Errand " + number + " is " + status + "; only a " + expected + " errand is " + what);
		}
	}

	/** The errand's deadline clock. */
	public DeadlineSubject subject() {
		return new DeadlineSubject(SERVICE, id.toString(), number, "errand");
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
	}

	public UUID authorisationId() {
		return authorisationId;
	}

	public String customerId() {
		return customerId;
	}

	public Permit permit() {
		return permit;
	}

	public String authority() {
		return authority;
	}

	public List<String> documents() {
		return documents.isEmpty() ? List.of() : List.of(documents.split("\n"));
	}

	public ErrandStatus status() {
		return status;
	}

	public LocalDate submittedOn() {
		return submittedOn;
	}

	public LocalDate decidedOn() {
		return decidedOn;
	}

	public String decisionNote() {
		return decisionNote;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public String handledBy() {
		return handledBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	@Override
	public Long version() {
		return version;
	}

}
