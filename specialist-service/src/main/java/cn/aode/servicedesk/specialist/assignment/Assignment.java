package cn.aode.servicedesk.specialist.assignment;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.customer.SpecialistAssigned;
import cn.aode.servicedesk.events.customer.SpecialistAssignmentEnded;
import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.InvalidStateException;

/**
 * A staff member serving a customer as their specialist from one moment until, perhaps,
 * another. Ended assignments are kept, never deleted: they are the history SPC-6 asks
 * for, each with who assigned and who ended it, when and why.
 */
@Table("specialist_assignment")
public class Assignment extends Aggregate<Assignment> {

	@Id
	private final UUID id;

	private final String customerCrmId;

	private final String staffId;

	private final Instant assignedAt;

	private final String assignedBy;

	private final String reason;

	private Instant endedAt;

	private String endedBy;

	private String endReason;

	@Version
	private Long version;

	@PersistenceCreator
	Assignment(UUID id, String customerCrmId, String staffId, Instant assignedAt, String assignedBy, String reason,
			Instant endedAt, String endedBy, String endReason, Long version) {
		this.id = id;
		this.customerCrmId = customerCrmId;
		this.staffId = staffId;
		this.assignedAt = assignedAt;
		this.assignedBy = assignedBy;
		this.reason = reason;
		this.endedAt = endedAt;
		this.endedBy = endedBy;
		this.endReason = endReason;
		this.version = version;
	}

	/** Makes a staff member a specialist of a customer (SPC-1). */
	static Assignment assign(String crmId, String staffId, String reason, String assignedBy, Instant now) {
		Assignment assignment = new Assignment(UUID.randomUUID(), crmId, staffId, now, assignedBy, reason, null, null,
				null, null);
		assignment.registerEvent(new SpecialistAssigned(UUID.randomUUID(), now, crmId, staffId, assignedBy));
		return assignment;
	}

	/** Ends the assignment; it stays in the history (SPC-6). */
	void end(String endedBy, String reason, Instant now) {
		if (!isActive()) {
			throw new InvalidStateException("Assignment " + id + " has already ended");
		}
		this.endedAt = now;
		this.endedBy = endedBy;
		this.endReason = reason;
		registerEvent(new SpecialistAssignmentEnded(UUID.randomUUID(), now, customerCrmId, staffId, endedBy, reason));
	}

	public boolean isActive() {
		return endedAt == null;
	}

	public UUID id() {
		return id;
	}

	public String customerCrmId() {
		return customerCrmId;
	}

	public String staffId() {
		return staffId;
	}

	public Instant assignedAt() {
		return assignedAt;
	}

	public String assignedBy() {
		return assignedBy;
	}

	public String reason() {
		return reason;
	}

	public Instant endedAt() {
		return endedAt;
	}

	public String endedBy() {
		return endedBy;
	}

	public String endReason() {
		return endReason;
	}

	/** Optimistic-lock version; {@code null} until first saved. */
	@Override
	public Long version() {
		return version;
	}

}
