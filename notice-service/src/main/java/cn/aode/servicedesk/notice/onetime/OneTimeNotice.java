package cn.aode.servicedesk.notice.onetime;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.notice.catalogue.MatterVersion;
import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.InvalidStateException;

/**
 * A one-time notice (一次性告知, NTC-2, NTC-3): every material an application still lacks,
 * told at once, with the procedure and time limit of the catalogue version it was issued
 * on. Oral by default and kept as a record; written on request as the 《一次性告知单》 in two
 * copies. Kept for inspection; a later revision of the catalogue never changes it.
 */
@Table("one_time_notice")
public class OneTimeNotice extends Aggregate<OneTimeNotice> {

	@Id
	private final UUID id;

	private final String number;

	private final UUID applicationId;

	private final String applicationNumber;

	@Embedded.Empty(prefix = "applicant_")
	private final Applicant applicant;

	private final UUID matterVersionId;

	private final int trip;

	private NoticeForm form;

	private final String issuedBy;

	private final Instant issuedAt;

	private String writtenBy;

	private Instant writtenAt;

	@MappedCollection(idColumn = "one_time_notice_id", keyColumn = "position")
	private final List<NoticeItem> items;

	@Version
	private Long version;

	@PersistenceCreator
	OneTimeNotice(UUID id, String number, UUID applicationId, String applicationNumber, Applicant applicant,
			UUID matterVersionId, int trip, NoticeForm form, String issuedBy, Instant issuedAt, String writtenBy,
			Instant writtenAt, List<NoticeItem> items, Long version) {
		this.id = id;
		this.number = number;
		this.applicationId = applicationId;
		this.applicationNumber = applicationNumber;
		this.applicant = applicant;
		this.matterVersionId = matterVersionId;
		this.trip = trip;
		this.form = form;
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
		this.writtenBy = writtenBy;
		this.writtenAt = writtenAt;
		this.items = List.copyOf(items);
		this.version = version;
	}

	/**
	 * NTC-2: tells every missing item at once; NTC-3: orally unless the customer asks for
	 * it in writing.
	 */
	static OneTimeNotice issue(String number, Application application, MatterVersion matter, int trip,
			List<NoticeItem> items, NoticeForm form, String by, Instant now) {
		if (items.isEmpty()) {
			throw new IllegalStateException("A notice is issued only for missing materials");
		}
		boolean written = form == NoticeForm.WRITTEN;
		return new OneTimeNotice(UUID.randomUUID(), number, application.id(), application.number(),
				application.applicant(), matter.id(), trip, written ? NoticeForm.WRITTEN : NoticeForm.ORAL, by, now,
				written ? by : null, written ? now : null, items, null);
	}

	/**
	 * NTC-3: the customer asks for the oral notice in writing: the same content as the
	 * 《一次性告知单》 in two copies.
	 */
	public void putInWriting(String by, Instant now) {
		if (form == NoticeForm.WRITTEN) {
			throw new InvalidStateException(
					"Notice " + number + " was already issued in writing by " + writtenBy + " at " + writtenAt);
		}
		this.form = NoticeForm.WRITTEN;
		this.writtenBy = by;
		this.writtenAt = now;
	}

	/**
	 * NTC-3: a written notice is issued in two copies, the customer's and the
	 * department's; an oral one has none.
	 */
	public List<NoticeCopy> copies() {
		return form == NoticeForm.WRITTEN ? List.of(NoticeCopy.CUSTOMER, NoticeCopy.DEPARTMENT) : List.of();
	}

	/** NTC-7: the items the first notice of the application should have named. */
	public List<NoticeItem> leftOut() {
		return items.stream().filter(item -> item.cause() == ItemCause.LEFT_OUT).toList();
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
	}

	public UUID applicationId() {
		return applicationId;
	}

	public String applicationNumber() {
		return applicationNumber;
	}

	public Applicant applicant() {
		return applicant;
	}

	/** The catalogue version whose materials, procedure and time limit it told. */
	public UUID matterVersionId() {
		return matterVersionId;
	}

	/**
	 * The check of the application's materials it was issued on, 1 the first (a check
	 * during handling counts, see {@link Trip#inHandling()}).
	 */
	public int trip() {
		return trip;
	}

	public NoticeForm form() {
		return form;
	}

	public String issuedBy() {
		return issuedBy;
	}

	public Instant issuedAt() {
		return issuedAt;
	}

	/** Who issued it in writing, or null while it is oral. */
	public String writtenBy() {
		return writtenBy;
	}

	public Instant writtenAt() {
		return writtenAt;
	}

	public List<NoticeItem> items() {
		return items;
	}

	@Override
	public Long version() {
		return version;
	}

}
