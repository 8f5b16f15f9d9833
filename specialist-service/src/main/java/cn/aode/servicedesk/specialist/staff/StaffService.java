package cn.aode.servicedesk.specialist.staff;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.events.complaint.ComplaintFindingCode;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.events.deadline.ConsequenceCode;
import cn.aode.servicedesk.events.deadline.DeadlineViolationRecorded;
import cn.aode.servicedesk.events.staff.StaffRecordEntryRequested;
import cn.aode.servicedesk.platform.cases.Texts;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/** Departments, staff and the staff record. */
@Service
public class StaffService {

	private static final Logger log = LoggerFactory.getLogger(StaffService.class);

	private static final Texts TEXTS = Texts.of(StaffService.class);

	private final Departments departments;

	private final StaffMembers staff;

	private final StaffRecord record;

	private final Clock clock;

	StaffService(Departments departments, StaffMembers staff, StaffRecord record, Clock clock) {
		this.departments = departments;
		this.staff = staff;
		this.record = record;
		this.clock = clock;
	}

	/**
	 * Creates or renames a department.
	 * @param expectedVersion the version the caller saw ({@code If-Match}), or null; a
	 * version for a department not kept yet is stale too
	 */
	@Transactional
	public Department saveDepartment(String id, Long expectedVersion, String name) {
		Optional<Department> existing = departments.findById(id);
		StaleVersionException.requireCurrent("Department", id, expectedVersion,
				existing.map(Department::version).orElse(null));
		Department department = existing.orElseGet(() -> Department.create(id, name));
		department.rename(name);
		return departments.save(department);
	}

	/**
	 * SPC-2: the head manages the department's specialists, so must be one of its staff.
	 * @param expectedVersion the department's version the caller saw ({@code If-Match}),
	 * or null
	 */
	@Transactional
	public Department appointHead(String departmentId, Long expectedVersion, String staffId) {
		Department department = department(departmentId);
		StaleVersionException.requireCurrent("Department", departmentId, expectedVersion, department.version());
		Staff head = member(staffId);
		if (!departmentId.equals(head.departmentId())) {
			throw new RuleViolationException("SPC-2", staffId + " is not staff of " + department.name()
					+ "; a department head manages their own department");
		}
		department.headedBy(staffId);
		return departments.save(department);
	}

	/**
	 * SPC-2: every staff member belongs to an existing department.
	 * @param expectedVersion the version the caller saw ({@code If-Match}), or null; a
	 * version for a staff member not kept yet is stale too
	 */
	@Transactional
	public Staff saveStaff(String id, Long expectedVersion, String name, String departmentId, Set<StaffRole> roles,
			String phone) {
		if (!departments.existsById(departmentId)) {
			throw new RuleViolationException("SPC-2", "Department " + departmentId + " does not exist");
		}
		Optional<Staff> existing = staff.findById(id);
		StaleVersionException.requireCurrent("Staff member", id, expectedVersion,
				existing.map(Staff::version).orElse(null));
		Staff member = existing.orElseGet(() -> Staff.create(id));
		departments.findAll()
			.stream()
			.filter(headed -> id.equals(headed.headStaffId()) && !headed.id().equals(departmentId))
			.findFirst()
			.ifPresent(headed -> {
				throw new RuleViolationException("SPC-2",
						id + " heads " + headed.name() + "; appoint another head there before moving them");
			});
		member.update(name, departmentId, roles, phone);
		return staff.save(member);
	}

	/**
	 * SPC-8: a disciplinary decision (or a commendation) is recorded by the head of the
	 * staff member's department, or by the general manager.
	 */
	@Transactional
	public StaffRecordEntry recordDecision(String staffId, RecordEntryKind kind, String rule, String consequence,
			String detail, String caseRef, String recordedBy) {
		if ("SPC-7".equals(rule)) {
			throw new RuleViolationException("SPC-7",
					"The annual commendation is recorded through the evaluation, by the general manager");
		}
		if (staffId.equals(recordedBy)) {
			throw new RuleViolationException("SPC-8", "Nobody records a decision on their own record");
		}
		Staff member = member(staffId);
		Department department = department(member.departmentId());
		boolean head = recordedBy.equals(department.headStaffId());
		boolean generalManager = staff.findById(recordedBy).map(s -> s.has(StaffRole.GENERAL_MANAGER)).orElse(false);
		if (!head && !generalManager) {
			throw new RuleViolationException("SPC-8", "Only the head of " + department.name()
					+ " or the general manager records decisions on " + member.name());
		}
		StaffRecordEntry entry = new StaffRecordEntry(
				UUID.randomUUID(), staffId, kind, rule, consequence, kind == RecordEntryKind.PENALTY
						? RecordSource.DISCIPLINARY_DECISION : RecordSource.DEPARTMENT_COMMENDATION,
				detail, caseRef, clock.instant(), recordedBy, null);
		record.add(entry);
		log.info("Staff record of {} ({}): {} recorded by {}; department {} informed", staffId, member.name(), kind,
				recordedBy, department.name());
		return entry;
	}

	/**
	 * a deadline violation (DL-5) with its DL-6 consequence lands on the staff
	 * record.
	 */
	@Transactional
	public void recordViolation(DeadlineViolationRecorded violation, ConsequenceCode consequence) {
		record.add(new StaffRecordEntry(UUID.randomUUID(), violation.staffId(), RecordEntryKind.PENALTY, "DL-5",
				consequence.name(), RecordSource.DEADLINE_VIOLATION, violation.detail(), violation.subject().key(),
				violation.occurredAt(), "deadline-service", violation.eventId()));
	}

	/**
	 * X-2, APT-13: a complaint verified as the staff member's attitude or skill problem
	 * (CMP-5) lands on their record as a penalty, naming the appointment it was about
	 * when there is one (APT-12); other findings, and complaints handled before findings
	 * were recorded ({@code finding} null), do not.
	 */
	@Transactional
	public void recordUpheldComplaint(ComplaintResolved resolved, ComplaintFindingCode finding) {
		if (finding != ComplaintFindingCode.STAFF_AT_FAULT) {
			return;
		}
		String detail = resolved.appointmentNumber() == null
				? TEXTS.format("upheld-complaint.detail", resolved.complaintNumber())
				: TEXTS.format("upheld-complaint.appointment.detail", resolved.complaintNumber(),
						resolved.appointmentNumber());
		record.add(new StaffRecordEntry(UUID.randomUUID(), resolved.staffAtFault(), RecordEntryKind.PENALTY, "CMP-5",
				null, RecordSource.UPHELD_COMPLAINT, detail, resolved.complaintNumber(), resolved.occurredAt(),
				"complaint-service", resolved.eventId()));
	}

	/**
	 * a penalty or commendation a policy area reports (e.g. an NTC-7 repeat trip)
	 * lands on the staff record as the area reported it.
	 */
	@Transactional
	public void recordAreaReport(StaffRecordEntryRequested requested, RecordEntryKind kind) {
		record.add(new StaffRecordEntry(UUID.randomUUID(), requested.staffId(), kind, requested.rule(),
				requested.consequence(), RecordSource.AREA_REPORT, requested.detail(), requested.caseRef(),
				requested.occurredAt(), requested.area(), requested.eventId()));
	}

	/**
	 * A commendation decided by the general manager (SPC-7), on the staff member's
	 * record.
	 */
	@Transactional
	public StaffRecordEntry recordCommendation(String staffId, String rule, String detail, String caseRef,
			String recordedBy) {
		StaffRecordEntry entry = new StaffRecordEntry(UUID.randomUUID(), staffId, RecordEntryKind.COMMENDATION, rule,
				null, RecordSource.ANNUAL_COMMENDATION, detail, caseRef, clock.instant(), recordedBy, null);
		record.add(entry);
		return entry;
	}

	/** Entries of one kind filed under one case reference (e.g. {@code SPC-7/2026}). */
	@Transactional(readOnly = true)
	public List<StaffRecordEntry> entries(RecordEntryKind kind, String caseRef) {
		return record.of(kind, caseRef);
	}

	@Transactional(readOnly = true)
	public List<StaffRecordEntry> recordOf(String staffId) {
		return record.of(staffId);
	}

	/**
	 * SPC-2, SPC-5: whether {@code headStaffId} is the head of the department of any of
	 * these staff members.
	 */
	@Transactional(readOnly = true)
	public boolean headsDepartmentOfAny(String headStaffId, Collection<String> staffIds) {
		return staff.findAllById(staffIds)
			.stream()
			.map(Staff::departmentId)
			.distinct()
			.map(departments::findById)
			.flatMap(Optional::stream)
			.anyMatch(department -> headStaffId.equals(department.headStaffId()));
	}

	@Transactional(readOnly = true)
	public Staff member(String staffId) {
		return staff.findById(staffId).orElseThrow(() -> new NotFoundException("Staff member", staffId));
	}

	@Transactional(readOnly = true)
	public Department department(String id) {
		return departments.findById(id).orElseThrow(() -> new NotFoundException("Department", id));
	}

	@Transactional(readOnly = true)
	public List<Department> departments() {
		return departments.findAll();
	}

}
