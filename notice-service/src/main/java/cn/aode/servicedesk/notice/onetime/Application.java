package cn.aode.servicedesk.notice.onetime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.deadline.DeadlineRequested;
import cn.aode.servicedesk.events.deadline.DeadlineSatisfied;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.notice.catalogue.Material;
import cn.aode.servicedesk.notice.catalogue.MatterVersion;
import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.InvalidStateException;

/**
 * A customer's application for a gas matter (办件) and every trip they made for it. A trip
 * whose materials are complete starts the handling and its clock (NTC-2, NTC-4); one with
 * missing materials gets a one-time notice of all of them (NTC-2, NTC-3). A notice on a
 * later trip that asks for what the first notice should have named is a failure of the
 * one-time duty, reported for the first issuer's staff record (NTC-7, X-2).
 */
@Table("application")
public class Application extends Aggregate<Application> {

	/** The service's name as deadline subjects and staff records carry it. */
	static final String SERVICE = "notice-service";

	/** The DL-2 source of a matter's time limit: the company's published commitment. */
	static final String SOURCE = "PUBLIC_COMMITMENT";

	@Id
	private final UUID id;

	private final String number;

	private final String matterCode;

	@Embedded.Empty(prefix = "applicant_")
	private final Applicant applicant;

	private ApplicationStatus status;

	private final Instant openedAt;

	private final String openedBy;

	@Embedded.Nullable(prefix = "handling_")
	private Handling handling;

	@Embedded.Nullable(prefix = "completion_")
	private Completion completion;

	@MappedCollection(idColumn = "application_id", keyColumn = "position")
	private final List<Trip> trips;

	@MappedCollection(idColumn = "application_id", keyColumn = "position")
	private final List<OneTimeFailure> violations;

	private final List<String> reportedLeftOut;

	@Version
	private Long version;

	@PersistenceCreator
	Application(UUID id, String number, String matterCode, Applicant applicant, ApplicationStatus status,
			Instant openedAt, String openedBy, Handling handling, Completion completion, List<Trip> trips,
			List<OneTimeFailure> violations, List<String> reportedLeftOut, Long version) {
		this.id = id;
		this.number = number;
		this.matterCode = matterCode;
		this.applicant = applicant;
		this.status = status;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
		this.handling = handling;
		this.completion = completion;
		this.trips = new ArrayList<>(trips);
		this.violations = new ArrayList<>(violations);
		this.reportedLeftOut = new ArrayList<>(reportedLeftOut);
		this.version = version;
	}

	/** Opens an application on the customer's first trip for the matter. */
	static Application open(String number, String matterCode, Applicant applicant, String by, Instant now) {
		return new Application(UUID.randomUUID(), number, matterCode, applicant, ApplicationStatus.AWAITING_MATERIALS,
				now, by, null, null, List.of(), List.of(), List.of(), null);
	}

	/** The number the coming check will have, 1 the first. */
	int nextTrip() {
		return trips.size() + 1;
	}

	/** NTC-7: how many times the customer came for the application. */
	public int visits() {
		return (int) trips.stream().filter(trip -> !trip.inHandling()).count();
	}

	/** Refuses a check during handling of an application not being handled. */
	void requireHandling() {
		if (status != ApplicationStatus.HANDLING) {
			throw new InvalidStateException("Application " + number + " is " + status.en().toLowerCase()
					+ "; materials found missing during handling are told only while it is handled");
		}
	}

	/** Refuses a trip once the materials were complete. */
	void requireAwaitingMaterials() {
		if (status != ApplicationStatus.AWAITING_MATERIALS) {
			throw new InvalidStateException("Application " + number + " is " + status.en().toLowerCase()
					+ "; its materials were complete on " + handling.startedAt());
		}
	}

	/**
	 * DL-1: the handling is completed (办结) with its result, which stops the handling
	 * clock.
	 */
	public void completeHandling(String result, boolean resultTold, String by, Instant now) {
		if (status != ApplicationStatus.HANDLING) {
			throw new InvalidStateException("Application " + number + " is " + status.en().toLowerCase()
					+ "; only an application being handled is completed");
		}
		this.status = ApplicationStatus.COMPLETED;
		this.completion = new Completion(now, by, result, resultTold);
		registerEvent(new DeadlineSatisfied(UUID.randomUUID(), now, handlingSubject(), resultTold));
	}

	/**
	 * Materials accepted on earlier trips and not found wanting since: they stay in order
	 * on the next trip.
	 */
	Set<String> acceptedSoFar() {
		Set<String> accepted = new HashSet<>();
		for (Trip trip : trips) {
			accepted.addAll(trip.accepted());
			trip.missing().forEach(accepted::remove);
		}
		return accepted;
	}

	/**
	 * Conditional materials whose circumstance applied on an earlier trip: they still
	 * apply.
	 */
	Set<String> applicableSoFar() {
		Set<String> applicable = new HashSet<>();
		trips.forEach(trip -> applicable.addAll(trip.applicable()));
		return applicable;
	}

	/** Every material an earlier notice asked for. */
	Set<String> toldSoFar() {
		Set<String> told = new HashSet<>();
		trips.forEach(trip -> told.addAll(trip.missing()));
		return told;
	}

	/** The first trip, on which the first notice was issued; null before any trip. */
	Trip firstTrip() {
		return trips.isEmpty() ? null : trips.get(0);
	}

	/**
	 * NTC-2, NTC-4: the materials are complete, so the matter is handled at once and
	 * deadline-service watches its published time limit. Handling that materials found
	 * missing during it interrupted resumes on the clock that kept running: the company
	 * committed its time limit when it first found the materials complete.
	 * @param clockTitle the handling clock's title as staff read it
	 */
	void complete(MatterVersion matter, PreCheckOutcome outcome, String by, String clockTitle, Instant now) {
		requireAwaitingMaterials();
		if (!outcome.complete()) {
			throw new IllegalStateException("Handling starts only when the materials are complete");
		}
		trips.add(trip(matter, outcome, null, by, false, now));
		this.status = ApplicationStatus.HANDLING;
		if (handling != null) {
			return;
		}
		this.handling = new Handling(now, by, matter.version(), matter.timeLimit());
		registerEvent(new DeadlineRequested(UUID.randomUUID(), now, handlingSubject(), clockTitle, matter.timeLimit(),
				now, SOURCE, by, matter.department(), false));
	}

	/**
	 * NTC-2: the materials are incomplete and the notice tells all of them. NTC-7: the
	 * items it names that the first notice left out, not reported before, put a penalty
	 * on the first issuer's record. A notice of materials found missing during handling
	 * interrupts the handling until the customer brings them.
	 * @param inHandling whether the materials were found missing during handling rather
	 * than on a visit of the customer
	 * @param failureDetail what the staff record says, in Chinese, when items were left
	 * out
	 */
	void noticed(MatterVersion matter, PreCheckOutcome outcome, OneTimeNotice notice, String by, boolean inHandling,
			String failureDetail, Instant now) {
		if (inHandling) {
			requireHandling();
			this.status = ApplicationStatus.AWAITING_MATERIALS;
		}
		else {
			requireAwaitingMaterials();
		}
		Trip first = firstTrip();
		trips.add(trip(matter, outcome, notice, by, inHandling, now));
		List<NoticeItem> leftOut = notice.leftOut()
			.stream()
			.filter(item -> !reportedLeftOut.contains(item.materialCode()))
			.toList();
		if (first == null || leftOut.isEmpty()) {
			return;
		}
		leftOut.forEach(item -> reportedLeftOut.add(item.materialCode()));
		violations.add(new OneTimeFailure(now, first.checkedBy(), first.noticeNumber(), notice.number(), visits(),
				leftOut.stream().map(NoticeItem::name).toList()));
		registerEvent(new StaffRecordEntryRequested(UUID.randomUUID(), now, first.checkedBy(), "PENALTY", "NTC-7",
				SERVICE, first.noticeNumber(), "CRITICISM", failureDetail));
	}

	private DeadlineSubject handlingSubject() {
		return new DeadlineSubject(SERVICE, id.toString(), number, "handling");
	}

	private static Trip trip(MatterVersion matter, PreCheckOutcome outcome, OneTimeNotice notice, String by,
			boolean inHandling, Instant now) {
		return new Trip(now, by, matter.id(), List.copyOf(new LinkedHashSet<>(outcome.applicable())),
				outcome.accepted().stream().map(Material::code).toList(),
				outcome.missing().stream().map(missing -> missing.material().code()).toList(),
				notice == null ? null : notice.id(), notice == null ? null : notice.number(), inHandling);
	}

	public UUID id() {
		return id;
	}

	public String number() {
		return number;
	}

	public String matterCode() {
		return matterCode;
	}

	public Applicant applicant() {
		return applicant;
	}

	public ApplicationStatus status() {
		return status;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public String openedBy() {
		return openedBy;
	}

	/** Null while the application awaits materials. */
	public Handling handling() {
		return handling;
	}

	/** Null until the handling is completed. */
	public Completion completion() {
		return completion;
	}

	/** Every visit of the customer for it, oldest first (NTC-7 counts them). */
	public List<Trip> trips() {
		return List.copyOf(trips);
	}

	/** NTC-7: the one-time duty failures found on its later trips. */
	public List<OneTimeFailure> violations() {
		return List.copyOf(violations);
	}

	@Override
	public Long version() {
		return version;
	}

}
