package cn.aode.servicedesk.notice.phone;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.notice.catalogue.MatterVersion;
import cn.aode.servicedesk.platform.domain.Aggregate;

/**
 * One line of the phone consultation log (NTC-5): the caller, the matter, the catalogue
 * version whose complete answer (basis, time limit, procedure, every material) was told,
 * the staff member who answered and when. Written once and kept.
 */
@Table("phone_consultation")
public class PhoneConsultation extends Aggregate<PhoneConsultation> {

	@Id
	private final UUID id;

	private final String number;

	private final String callerName;

	private final String callerPhone;

	private final UUID matterVersionId;

	private final String question;

	private final String notes;

	private final Instant calledAt;

	private final String staffId;

	private final Instant recordedAt;

	@Version
	private Long version;

	@PersistenceCreator
	PhoneConsultation(UUID id, String number, String callerName, String callerPhone, UUID matterVersionId,
			String question, String notes, Instant calledAt, String staffId, Instant recordedAt, Long version) {
		this.id = id;
		this.number = number;
		this.callerName = callerName;
		this.callerPhone = callerPhone;
		this.matterVersionId = matterVersionId;
		this.question = question;
		this.notes = notes;
		this.calledAt = calledAt;
		this.staffId = staffId;
		this.recordedAt = recordedAt;
		this.version = version;
	}

	/**
	 * NTC-5: logs a consultation answered with the complete answer of the version in
	 * force when the call came.
	 * @param calledAt when the call came, never after {@code now}
	 */
	static PhoneConsultation log(String number, PhoneCall call, MatterVersion told, String staffId, Instant now) {
		Instant calledAt = call.calledAt() == null ? now : call.calledAt();
		if (calledAt.isAfter(now)) {
			throw new IllegalArgumentException("calledAt " + calledAt + " is in the future");
		}
		return new PhoneConsultation(UUID.randomUUID(), number, call.callerName(), call.callerPhone(), told.id(),
				call.question(), call.notes(), calledAt, staffId, now, null);
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
	}

	public String callerName() {
		return callerName;
	}

	public String callerPhone() {
		return callerPhone;
	}

	/** The catalogue version whose complete answer was told. */
	public UUID matterVersionId() {
		return matterVersionId;
	}

	public String question() {
		return question;
	}

	public String notes() {
		return notes;
	}

	public Instant calledAt() {
		return calledAt;
	}

	/** Who answered the call. */
	public String staffId() {
		return staffId;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	@Override
	public Long version() {
		return version;
	}

}
