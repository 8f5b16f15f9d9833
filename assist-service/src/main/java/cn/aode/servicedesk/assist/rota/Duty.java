package cn.aode.servicedesk.assist.rota;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.platform.domain.Aggregate;
import cn.aode.servicedesk.platform.problem.ForbiddenException;
import cn.aode.servicedesk.platform.problem.InvalidStateException;

/**
 * One helper's entry on the help desk's rota (轮岗表): on duty in a shift (AST-3), or off
 * duty for study (AST-9); away with a reason while a substitute stands in; checked in
 * (AST-4), late if less than ten minutes before the shift began — which registers a
 * penalty for the helper's staff record.
 */
@Table("duty")
public class Duty extends Aggregate<Duty> {

	/** AST-4: helpers are at their post ten minutes before their shift. */
	public static final Duration EARLY_BY = Duration.ofMinutes(10);

	static final String AREA = "assist-service";

	@Id
	private final UUID id;

	private final LocalDate day;

	private final Shift shift;

	private final String staffId;

	private final DutyKind kind;

	private DutyStatus status;

	private final UUID substituteFor;

	private AbsenceReason absenceReason;

	private String absenceNote;

	private String substitutedBy;

	private Instant checkedInAt;

	private Boolean late;

	private final String assignedBy;

	private final Instant assignedAt;

	@Version
	private Long version;

	@PersistenceCreator
	Duty(UUID id, LocalDate day, Shift shift, String staffId, DutyKind kind, DutyStatus status, UUID substituteFor,
			AbsenceReason absenceReason, String absenceNote, String substitutedBy, Instant checkedInAt, Boolean late,
			String assignedBy, Instant assignedAt, Long version) {
		this.id = id;
		this.day = day;
		this.shift = shift;
		this.staffId = staffId;
		this.kind = kind;
		this.status = status;
		this.substituteFor = substituteFor;
		this.absenceReason = absenceReason;
		this.absenceNote = absenceNote;
		this.substitutedBy = substitutedBy;
		this.checkedInAt = checkedInAt;
		this.late = late;
		this.assignedBy = assignedBy;
		this.assignedAt = assignedAt;
		this.version = version;
	}

	static Duty onDuty(LocalDate day, Shift shift, String staffId, UUID substituteFor, String assignedBy, Instant now) {
		return new Duty(UUID.randomUUID(), day, shift, staffId, DutyKind.ON_DUTY, DutyStatus.SCHEDULED, substituteFor,
				null, null, null, null, null, assignedBy, now, null);
	}

	static Duty study(LocalDate day, Shift shift, String staffId, String assignedBy, Instant now) {
		return new Duty(UUID.randomUUID(), day, shift, staffId, DutyKind.STUDY, DutyStatus.SCHEDULED, null, null, null,
				null, null, null, assignedBy, now, null);
	}

	/** Whether this entry puts someone at the help desk in its shift. */
	public boolean present() {
		return kind == DutyKind.ON_DUTY && status != DutyStatus.ABSENT;
	}

	/**
	 * AST-3: the helper is away (a trip, a meeting, study) and {@code substitute} stands
	 * in; recorded by {@code by}.
	 */
	void away(AbsenceReason reason, String note, String by) {
		if (kind != DutyKind.ON_DUTY || status != DutyStatus.SCHEDULED) {
			throw new InvalidStateException("Duty " + id + " of " + staffId + " on " + day + " " + shift + " is " + kind
					+ "/" + status + "; only a scheduled duty is substituted");
		}
		this.status = DutyStatus.ABSENT;
		this.absenceReason = reason;
		this.absenceNote = note;
		this.substitutedBy = by;
	}

	/**
	 * AST-4: the helper checks in themselves; on time at least ten minutes before the
	 * shift begins ({@code shiftStart}), late otherwise — a penalty for their record.
	 */
	void checkIn(String caller, Instant shiftStart, Instant now) {
		if (!staffId.equals(caller)) {
			throw new ForbiddenException("AST-4", "AST-4: helpers check in themselves; this duty is " + staffId + "'s");
		}
		if (kind != DutyKind.ON_DUTY || status != DutyStatus.SCHEDULED) {
			throw new InvalidStateException("Duty of " + staffId + " on " + day + " " + shift + " is " + kind + "/"
					+ status + "; only a scheduled duty is checked in to");
		}
		Instant latest = shiftStart.minus(EARLY_BY);
		this.status = DutyStatus.CHECKED_IN;
		this.checkedInAt = now;
		this.late = now.isAfter(latest);
		if (late) {
			long minutes = Duration.between(latest, now).toMinutes();
			registerEvent(new StaffRecordEntryRequested(UUID.randomUUID(), now, staffId, "PENALTY", "AST-4", AREA,
					day + " " + shift.zh(), null,
					"帮办代办员未提前十分钟到岗：" + day + " " + shift.zh() + "，晚于应到时间 " + minutes + " 分钟"));
		}
	}

	public UUID id() {
		return id;
	}

	public LocalDate day() {
		return day;
	}

	public Shift shift() {
		return shift;
	}

	public String staffId() {
		return staffId;
	}

	public DutyKind kind() {
		return kind;
	}

	public DutyStatus status() {
		return status;
	}

	/** AST-3: the duty of the absent helper this one stands in for, or null. */
	public UUID substituteFor() {
		return substituteFor;
	}

	public AbsenceReason absenceReason() {
		return absenceReason;
	}

	public String absenceNote() {
		return absenceNote;
	}

	public String substitutedBy() {
		return substitutedBy;
	}

	public Instant checkedInAt() {
		return checkedInAt;
	}

	/** AST-4: whether the check-in was late; null before it. */
	public Boolean late() {
		return late;
	}

	public String assignedBy() {
		return assignedBy;
	}

	public Instant assignedAt() {
		return assignedAt;
	}

	@Override
	public Long version() {
		return version;
	}

}
