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
import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.RuleViolationException;

/**
 * A customer's complaint (投诉). Registers an event for each step of its procedure; the
 * events are stored with the change and reach Kafka through the outbox.
 */
@Table("complaint")
public class Complaint extends Aggregate<Complaint> {

	@Id
	private final UUID id;

	private final String number;

	private final String customerId;

	private final String customerName;

	private final String customerPhone;

	private final ComplaintChannel channel;

	private final String content;

	private final Instant receivedAt;

	private ComplaintStatus status;

	@Embedded.Nullable
	private ComplaintResolution outcome;

	@Version
	private Long version;

	@PersistenceCreator
	Complaint(UUID id, String number, String customerId, String customerName, String customerPhone,
			ComplaintChannel channel, String content, Instant receivedAt, ComplaintStatus status,
			ComplaintResolution outcome, Long version) {
		this.id = id;
		this.number = number;
		this.customerId = customerId;
		this.customerName = customerName;
		this.customerPhone = customerPhone;
		this.channel = channel;
		this.content = content;
		this.receivedAt = receivedAt;
		this.status = status;
		this.outcome = outcome;
		this.version = version;
	}

	/** Accepts (受理) a complaint: the first step of CMP-3. */
	public static Complaint accept(String number, Complainant complainant, ComplaintChannel channel, String content,
			Instant now) {
		Complaint complaint = new Complaint(UUID.randomUUID(), number, complainant.customerId(), complainant.name(),
				complainant.phone(), channel, content, now, ComplaintStatus.ACCEPTED, null, null);
		complaint.registerEvent(new ComplaintAccepted(UUID.randomUUID(), now, complaint.id, number,
				complainant.customerId(), channel.name(), content));
		return complaint;
	}

	/**
	 * Records that the complaint was handled, what was found, and the result told to the
	 * complainant (处理、反馈). Only an accepted complaint can be resolved: CMP-3 keeps the
	 * steps in order. CMP-5: a staff attitude or skill problem names the staff member at
	 * fault, and only that finding names one.
	 */
	public void resolve(String handledBy, String resolution, ComplaintFinding finding, String staffAtFault,
			Instant now) {
		if (status != ComplaintStatus.ACCEPTED) {
			throw new RuleViolationException("CMP-3", "Complaint " + number + " is " + status.en().toLowerCase()
					+ "; only an accepted complaint can be handled and fed back");
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
		this.status = ComplaintStatus.RESOLVED;
		this.outcome = new ComplaintResolution(handledBy, resolution, finding, staffNamed ? staffAtFault.strip() : null,
				now);
		registerEvent(new ComplaintResolved(UUID.randomUUID(), now, id, number, customerId, customerName, customerPhone,
				handledBy, resolution, finding.name(), this.outcome.staffAtFault()));
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

	public ComplaintStatus status() {
		return status;
	}

	public String handledBy() {
		return outcome == null ? null : outcome.handledBy();
	}

	public String resolution() {
		return outcome == null ? null : outcome.resolution();
	}

	public ComplaintFinding finding() {
		return outcome == null ? null : outcome.finding();
	}

	public String staffAtFault() {
		return outcome == null ? null : outcome.staffAtFault();
	}

	public Instant resolvedAt() {
		return outcome == null ? null : outcome.resolvedAt();
	}

	/** Optimistic-lock version; {@code null} until first saved. */
	@Override
	public Long version() {
		return version;
	}

}
