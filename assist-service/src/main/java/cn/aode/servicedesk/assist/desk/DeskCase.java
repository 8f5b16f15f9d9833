package cn.aode.servicedesk.assist.desk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.assist.notice.Matter;
import cn.aode.servicedesk.assist.notice.PreCheck;
import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.InvalidStateException;

/**
 * A help desk case (帮办代办登记): a consultation told in full (AST-5), or an assistance whose
 * materials were pre-checked (AST-6) — led through the handling when complete, told every
 * missing item at once when not — or kept pending while notice-service could not answer.
 */
@Table("desk_case")
public class DeskCase extends Aggregate<DeskCase> {

	@Id
	private final UUID id;

	private final String number;

	private final DeskCaseKind kind;

	private DeskCaseStatus status;

	private final String applicantName;

	private final String applicantPhone;

	private final String customerId;

	private final String matterCode;

	private String matterName;

	private final String question;

	private String told;

	private String applicationId;

	private String applicationNumber;

	private String missing;

	private String precheckRequest;

	private final String idempotencyKey;

	private final String handledBy;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	@PersistenceCreator
	DeskCase(UUID id, String number, DeskCaseKind kind, DeskCaseStatus status, String applicantName,
			String applicantPhone, String customerId, String matterCode, String matterName, String question,
			String told, String applicationId, String applicationNumber, String missing, String precheckRequest,
			String idempotencyKey, String handledBy, Instant createdAt, Instant updatedAt, Long version) {
		this.id = id;
		this.number = number;
		this.kind = kind;
		this.status = status;
		this.applicantName = applicantName;
		this.applicantPhone = applicantPhone;
		this.customerId = customerId;
		this.matterCode = matterCode;
		this.matterName = matterName;
		this.question = question;
		this.told = told;
		this.applicationId = applicationId;
		this.applicationNumber = applicationNumber;
		this.missing = missing;
		this.precheckRequest = precheckRequest;
		this.idempotencyKey = idempotencyKey;
		this.handledBy = handledBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/**
	 * AST-5: a consultation answered with the matter's procedure, complete materials list
	 * (each with how to obtain it) and time limit, as the catalogue has them now.
	 */
	static DeskCase consultation(String number, PreCheck.Applicant applicant, Matter matter, String question,
			String handledBy, Instant now) {
		return new DeskCase(UUID.randomUUID(), number, DeskCaseKind.CONSULTATION, DeskCaseStatus.ANSWERED,
				applicant.name(), applicant.phone(), applicant.customerId(), matter.code(), matter.name(), question,
				told(matter), null, null, null, null, null, handledBy, now, now, null);
	}

	/** AST-6: an assistance whose pre-check is about to be asked of notice-service. */
	static DeskCase assistance(String number, PreCheck check, String matterName, String request, String handledBy,
			Instant now) {
		return new DeskCase(UUID.randomUUID(), number, DeskCaseKind.ASSISTANCE, DeskCaseStatus.PRECHECK_PENDING,
				check.applicant().name(), check.applicant().phone(), check.applicant().customerId(), check.matterCode(),
				matterName, null, null, null, null, null, request, UUID.randomUUID().toString(), handledBy, now, now,
				null);
	}

	/**
	 * AST-6: notice-service's answer: complete → the helper leads the applicant through
	 * the handling; incomplete → every missing item, with how to obtain it, told at once.
	 */
	void prechecked(PreCheck.Answer answer, Instant now) {
		if (status != DeskCaseStatus.PRECHECK_PENDING) {
			throw new InvalidStateException("Desk case " + number + " is " + status + "; its pre-check was answered");
		}
		this.status = answer.complete() ? DeskCaseStatus.GUIDED : DeskCaseStatus.AWAITING_MATERIALS;
		this.applicationId = answer.applicationId();
		this.applicationNumber = answer.applicationNumber();
		this.missing = answer.missing()
			.stream()
			.map(item -> item.name() + " " + item.copies() + " 份"
					+ (item.problem() == null ? "" : "（" + item.problem() + "）") + "："
					+ (item.howToObtain() == null ? "" : item.howToObtain()))
			.collect(Collectors.joining("\n"));
		this.precheckRequest = null;
		this.updatedAt = now;
	}

	private static String told(Matter matter) {
		StringBuilder text = new StringBuilder(matter.name()).append("\n办理流程：");
		text.append(String.join(" → ", matter.procedure()));
		text.append("\n所需材料：");
		for (Matter.Material material : matter.materials()) {
			text.append("\n· ").append(material.name()).append(" ").append(material.copies()).append(" 份");
			if (material.appliesWhen() != null) {
				text.append("（").append(material.appliesWhen()).append("）");
			}
			if (material.howToObtain() != null) {
				text.append("：").append(material.howToObtain());
			}
		}
		if (matter.timeLimit() != null) {
			text.append("\n办理时限：").append(matter.timeLimit().zh());
		}
		return text.toString();
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
	}

	public DeskCaseKind kind() {
		return kind;
	}

	public DeskCaseStatus status() {
		return status;
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

	public String matterCode() {
		return matterCode;
	}

	public String matterName() {
		return matterName;
	}

	public String question() {
		return question;
	}

	/** AST-5: what the consultation told, as the applicant heard it. */
	public String told() {
		return told;
	}

	/** The application notice-service opened or continued for the pre-check, or null. */
	public String applicationId() {
		return applicationId;
	}

	public String applicationNumber() {
		return applicationNumber;
	}

	/**
	 * AST-6: every missing item with how to obtain it, one per line; empty when complete.
	 */
	public List<String> missing() {
		return missing == null || missing.isEmpty() ? List.of() : List.of(missing.split("\n"));
	}

	/** The pre-check request kept while notice-service could not answer, or null. */
	public String precheckRequest() {
		return precheckRequest;
	}

	/**
	 * The key the pre-check is sent with, so that a retry is answered with the first
	 * answer.
	 */
	public String idempotencyKey() {
		return idempotencyKey;
	}

	public String handledBy() {
		return handledBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	@Override
	public Long version() {
		return version;
	}

}
