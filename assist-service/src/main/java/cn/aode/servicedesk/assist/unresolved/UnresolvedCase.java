package cn.aode.servicedesk.assist.unresolved;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.ForbiddenException;
import cn.aode.servicedesk.platform.problem.InvalidStateException;

/**
 * A case of the "could-not-get-it-done" window (办不成事, AST-1): what the applicant could
 * not get done and why, escalated to the center's head the moment it is received — their
 * deadline clock starts — and resolved by them, which stops the clock.
 */
@Table("unresolved_case")
public class UnresolvedCase extends Aggregate<UnresolvedCase> {

	@Id
	private final UUID id;

	private final String number;

	private final String applicantName;

	private final String applicantPhone;

	private final String customerId;

	private final String matter;

	private final String account;

	private final UnresolvedCause cause;

	private final String escalatedTo;

	private final String receivedBy;

	private final Instant receivedAt;

	private String resolution;

	private String resolvedBy;

	private Instant resolvedAt;

	@Version
	private Long version;

	@PersistenceCreator
	UnresolvedCase(UUID id, String number, String applicantName, String applicantPhone, String customerId,
			String matter, String account, UnresolvedCause cause, String escalatedTo, String receivedBy,
			Instant receivedAt, String resolution, String resolvedBy, Instant resolvedAt, Long version) {
		this.id = id;
		this.number = number;
		this.applicantName = applicantName;
		this.applicantPhone = applicantPhone;
		this.customerId = customerId;
		this.matter = matter;
		this.account = account;
		this.cause = cause;
		this.escalatedTo = escalatedTo;
		this.receivedBy = receivedBy;
		this.receivedAt = receivedAt;
		this.resolution = resolution;
		this.resolvedBy = resolvedBy;
		this.resolvedAt = resolvedAt;
		this.version = version;
	}

	/**
	 * AST-1: received at the window and escalated to the center's head at once: their
	 * clock of {@code limit} starts, with a written reply to the applicant.
	 */
	static UnresolvedCase received(String number, String applicantName, String applicantPhone, String customerId,
			String matter, String account, UnresolvedCause cause, String head, String receivedBy, String limit,
			Instant now) {
		UnresolvedCase received = new UnresolvedCase(UUID.randomUUID(), number, applicantName, applicantPhone,
				customerId, matter, account, cause, head, receivedBy, now, null, null, null, null);
		received.registerEvent(new DeadlineRequested(UUID.randomUUID(), now, received.subject(),
				"办不成事反映 " + number + "：" + matter, limit, now, "CUSTOMER_FEEDBACK", head, "客服中心", true));
		return received;
	}

	/** AST-1: the center's head resolves the case, once; the applicant is told. */
	void resolve(String resolution, String by, Instant now) {
		if (!escalatedTo.equals(by)) {
			throw new ForbiddenException("AST-1",
					"AST-1: case " + number + " was escalated to " + escalatedTo + ", who resolves it; not " + by);
		}
		if (resolvedAt != null) {
			throw new InvalidStateException("Case " + number + " was resolved at " + resolvedAt + " by " + resolvedBy);
		}
		this.resolution = resolution;
		this.resolvedBy = by;
		this.resolvedAt = now;
		registerEvent(new DeadlineSatisfied(UUID.randomUUID(), now, subject(), true));
	}

	DeadlineSubject subject() {
		return new DeadlineSubject("assist-service", id.toString(), number, "unresolved");
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
	}

	public String applicantName() {
		return applicantName;
	}

	public String applicantPhone() {
		return applicantPhone;
	}

	public String customerId() {
		return customerId;
	}

	public String matter() {
		return matter;
	}

	public String account() {
		return account;
	}

	public UnresolvedCause cause() {
		return cause;
	}

	/** AST-1: the center's head the case went to at once. */
	public String escalatedTo() {
		return escalatedTo;
	}

	public String receivedBy() {
		return receivedBy;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public String resolution() {
		return resolution;
	}

	public String resolvedBy() {
		return resolvedBy;
	}

	public Instant resolvedAt() {
		return resolvedAt;
	}

	@Override
	public Long version() {
		return version;
	}

}
