package cn.aode.servicedesk.specialist.need;

import java.time.Instant;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.platform.problem.InvalidStateException;

/**
 * One department's part of a need, handled by its head under its own time limit (SPC-4).
 */
@Table("customer_need_part")
public class NeedPart {

	private final String departmentId;

	private final String headStaffId;

	private final String policy;

	private PartStatus status;

	/** Who took the part on and when; null while pending. */
	@Embedded.Nullable
	private Acceptance acceptance;

	private String answer;

	private String completedBy;

	private Instant completedAt;

	/**
	 * When the part's clock ran out (SPC-4); set by {@code NeedService#breached} on the
	 * row alone, kept here so that saving the need keeps it.
	 */
	private final Instant breachedAt;

	@PersistenceCreator
	NeedPart(String departmentId, String headStaffId, String policy, PartStatus status, Acceptance acceptance,
			String answer, String completedBy, Instant completedAt, Instant breachedAt) {
		this.departmentId = departmentId;
		this.headStaffId = headStaffId;
		this.policy = policy;
		this.status = status;
		this.acceptance = acceptance;
		this.answer = answer;
		this.completedBy = completedBy;
		this.completedAt = completedAt;
		this.breachedAt = breachedAt;
	}

	static NeedPart pending(String departmentId, String headStaffId, String policy) {
		return new NeedPart(departmentId, headStaffId, policy, PartStatus.PENDING, null, null, null, null, null);
	}

	/** Who took a part on and when. */
	record Acceptance(String acceptedBy, Instant acceptedAt) {
	}

	void accept(String by, Instant at) {
		if (status != PartStatus.PENDING) {
			throw new InvalidStateException("The part of " + departmentId + " is already " + status.en().toLowerCase());
		}
		status = PartStatus.ACCEPTED;
		acceptance = new Acceptance(by, at);
	}

	void complete(String answer, String by, Instant at) {
		if (status == PartStatus.COMPLETED) {
			throw new InvalidStateException("The part of " + departmentId + " is already completed");
		}
		this.status = PartStatus.COMPLETED;
		this.answer = answer;
		this.completedBy = by;
		this.completedAt = at;
	}

	public String departmentId() {
		return departmentId;
	}

	public String headStaffId() {
		return headStaffId;
	}

	public String policy() {
		return policy;
	}

	public PartStatus status() {
		return status;
	}

	public String acceptedBy() {
		return acceptance == null ? null : acceptance.acceptedBy();
	}

	public Instant acceptedAt() {
		return acceptance == null ? null : acceptance.acceptedAt();
	}

	public String answer() {
		return answer;
	}

	public String completedBy() {
		return completedBy;
	}

	public Instant completedAt() {
		return completedAt;
	}

	public Instant breachedAt() {
		return breachedAt;
	}

}
