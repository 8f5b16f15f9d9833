package cn.aode.servicedesk.specialist.need;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.events.deadline.DeadlineBreached;
import cn.aode.servicedesk.events.deadline.DeadlineSubject;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;
import cn.aode.servicedesk.specialist.customer.ActiveSpecialists;
import cn.aode.servicedesk.specialist.customer.Customers;
import cn.aode.servicedesk.specialist.staff.Department;
import cn.aode.servicedesk.specialist.staff.StaffService;

/**
 * Taking, routing and answering customer needs, the specialist's service log and the
 * customer's file (SPC-3, SPC-4, SPC-5).
 */
@Service
public class NeedService {

	private static final Logger log = LoggerFactory.getLogger(NeedService.class);

	/** Prefix of need numbers (需求). */
	static final String NUMBER_PREFIX = "XQ";

	private final CustomerNeeds needs;

	private final Customers customers;

	private final ActiveSpecialists specialists;

	private final StaffService staff;

	private final CaseNumbers numbers;

	private final JdbcClient jdbc;

	private final Clock clock;

	NeedService(CustomerNeeds needs, Customers customers, ActiveSpecialists specialists, StaffService staff,
			CaseNumbers numbers, JdbcClient jdbc, Clock clock) {
		this.needs = needs;
		this.customers = customers;
		this.specialists = specialists;
		this.staff = staff;
		this.numbers = numbers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One department a need goes to, with the limit committed for it (null: 3 working
	 * days, DL-3).
	 */
	public record DepartmentRequest(String departmentId, String policy) {
	}

	/**
	 * SPC-3: the customer's own specialist submits the need to one or more department
	 * heads at once; each department must have a head (SPC-2) who answers within the
	 * limit (SPC-4).
	 */
	@Transactional
	public CustomerNeed submit(String customerCrmId, String specialistId, String title, String description,
			String preparedInformation, List<DepartmentRequest> departments) {
		if (!customers.existsById(customerCrmId)) {
			throw new NotFoundException("Customer", customerCrmId);
		}
		if (!specialists.isActiveSpecialist(customerCrmId, specialistId)) {
			throw new RuleViolationException("SPC-3", specialistId + " is not a specialist of customer " + customerCrmId
					+ "; the customer's own specialist takes the need");
		}
		if (new HashSet<>(departments.stream().map(DepartmentRequest::departmentId).toList()).size() != departments
			.size()) {
			throw new RuleViolationException("SPC-3", "Each department takes one part of a need");
		}
		List<CustomerNeed.Routing> routings = new ArrayList<>();
		for (DepartmentRequest request : departments) {
			Department department = staff.department(request.departmentId());
			if (department.headStaffId() == null) {
				throw new RuleViolationException("SPC-2",
						department.name() + " has no head to take the need; appoint one first");
			}
			routings.add(new CustomerNeed.Routing(department.id(), department.name(), department.headStaffId(),
					request.policy()));
		}
		return needs.save(CustomerNeed.submit(numbers.next(NUMBER_PREFIX), customerCrmId, specialistId,
				new NeedContent(title, description, preparedInformation), routings, clock.instant()));
	}

	/**
	 * SPC-4: the department head takes on the department's part.
	 * @param expectedVersion the need's version the caller saw ({@code If-Match}), or
	 * null
	 */
	@Transactional
	public CustomerNeed accept(UUID needId, Long expectedVersion, String departmentId, String headStaffId) {
		CustomerNeed need = get(needId);
		StaleVersionException.requireCurrent("Customer need", needId, expectedVersion, need.version());
		requireHead(need, departmentId, headStaffId);
		need.accept(departmentId, headStaffId, clock.instant());
		return needs.save(need);
	}

	/**
	 * SPC-4: the head completes the part; the last part consolidates the answer (集中反馈).
	 * @param expectedVersion the need's version the caller saw ({@code If-Match}), or
	 * null
	 */
	@Transactional
	public CustomerNeed complete(UUID needId, Long expectedVersion, String departmentId, String headStaffId,
			String answer) {
		CustomerNeed need = get(needId);
		StaleVersionException.requireCurrent("Customer need", needId, expectedVersion, need.version());
		requireHead(need, departmentId, headStaffId);
		need.complete(departmentId, answer, headStaffId, clock.instant());
		return needs.save(need);
	}

	/**
	 * SPC-4: a department part's clock ran out (DL-1); the part stays overdue in the
	 * specialist's workload while it is open, and the first breach is kept, also once the
	 * part is completed. One statement marks the part and moves the need's version on: a
	 * head saving the need from an older read then gets 409 and reloads, instead of
	 * writing the parts back without the breach. Clocks of other services are not needs.
	 */
	@Transactional
	public void breached(DeadlineBreached breach) {
		DeadlineSubject subject = breach.subject();
		if (!CustomerNeed.SERVICE.equals(subject.service())
				|| !subject.purpose().startsWith(CustomerNeed.PART_PURPOSE_PREFIX)) {
			return;
		}
		UUID needId = UUID.fromString(subject.caseId());
		if (!needs.existsById(needId)) {
			log.warn("Ignoring the breach of {}: no such need", subject.key());
			return;
		}
		jdbc.sql("""
				with marked as (
				  update customer_need_part set breached_at = :at
				  where need_id = :needId and department_id = :department and breached_at is null
				  returning need_id)
				update customer_need set version = version + 1 where id in (select need_id from marked)""")
			.param("at", Timestamp.from(breach.occurredAt()))
			.param("needId", needId)
			.param("department", subject.purpose().substring(CustomerNeed.PART_PURPOSE_PREFIX.length()))
			.update();
	}

	/**
	 * SPC-5: the specialist logs what was done for the customer, visible to the
	 * department head.
	 */
	@Transactional
	public void log(String customerCrmId, String staffId, String entry) {
		if (!customers.existsById(customerCrmId)) {
			throw new NotFoundException("Customer", customerCrmId);
		}
		if (!specialists.isActiveSpecialist(customerCrmId, staffId)) {
			throw new RuleViolationException("SPC-5", staffId + " is not a specialist of customer " + customerCrmId
					+ "; the customer's specialists keep the service log");
		}
		jdbc.sql(
				"insert into service_log_entry (id, customer_crm_id, staff_id, entry, logged_at) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), customerCrmId, staffId, entry, Timestamp.from(clock.instant()))
			.update();
	}

	/** One entry of a customer's service log: who logged what, when (SPC-5, X-1). */
	public record LogEntry(Instant loggedAt, String staffId, String entry) {
	}

	/**
	 * SPC-5: the customer's service log, newest first, for the reader: the customer's
	 * active specialists, and the heads of the departments of those specialists and of
	 * everyone who logged for the customer. Anyone else, or a reader not named, is
	 * refused. Until requests carry an authenticated identity the reader is the staff id
	 * the caller names.
	 */
	@Transactional(readOnly = true)
	public List<LogEntry> serviceLog(String customerCrmId, String readerId) {
		if (!customers.existsById(customerCrmId)) {
			throw new NotFoundException("Customer", customerCrmId);
		}
		List<LogEntry> entries = logOf(customerCrmId);
		if (!mayReadLog(customerCrmId, readerId, entries)) {
			throw new RuleViolationException("SPC-5",
					((readerId == null) ? "A reader who is not named" : readerId)
							+ " is neither a specialist of customer " + customerCrmId
							+ " nor the head of a specialist's department; the service log is "
							+ "reported to the department head");
		}
		return entries;
	}

	/** One line of a customer's file. */
	public record FileEntry(Instant at, FileEntryKind kind, String text, String reference) {
	}

	/**
	 * The customer's single file (统一建档): needs, answers and service log, newest first.
	 * SPC-5: the service log lines are in it only for a reader who may read the service
	 * log ({@link #serviceLog}); for others the file holds the needs and answers alone.
	 */
	@Transactional(readOnly = true)
	public List<FileEntry> file(String customerCrmId, String readerId) {
		if (!customers.existsById(customerCrmId)) {
			throw new NotFoundException("Customer", customerCrmId);
		}
		List<FileEntry> entries = new ArrayList<>();
		for (CustomerNeed need : needs.findByCustomerCrmIdOrderBySubmittedAtDesc(customerCrmId)) {
			entries.add(new FileEntry(need.submittedAt(), FileEntryKind.NEED_SUBMITTED, need.title(), need.number()));
			need.parts()
				.stream()
				.filter(part -> part.completedAt() != null)
				.forEach(part -> entries.add(new FileEntry(part.completedAt(), FileEntryKind.PART_COMPLETED,
						CustomerNeed.answerLine(part), need.number())));
			if (need.answeredAt() != null) {
				entries.add(new FileEntry(need.answeredAt(), FileEntryKind.NEED_ANSWERED, need.consolidatedAnswer(),
						need.number()));
			}
		}
		List<LogEntry> log = logOf(customerCrmId);
		if (mayReadLog(customerCrmId, readerId, log)) {
			log.forEach(entry -> entries
				.add(new FileEntry(entry.loggedAt(), FileEntryKind.SERVICE_LOG, entry.entry(), entry.staffId())));
		}
		entries.sort(Comparator.comparing(FileEntry::at).reversed());
		return entries;
	}

	@Transactional(readOnly = true)
	public CustomerNeed get(UUID id) {
		return needs.findById(id).orElseThrow(() -> new NotFoundException("Customer need", id));
	}

	private List<LogEntry> logOf(String customerCrmId) {
		return jdbc.sql("""
				select logged_at, staff_id, entry from service_log_entry where customer_crm_id = ?
				order by logged_at desc, id""")
			.param(customerCrmId)
			.query((rs, row) -> new LogEntry(rs.getTimestamp("logged_at").toInstant(), rs.getString("staff_id"),
					rs.getString("entry")))
			.list();
	}

	/**
	 * SPC-5: the customer's specialists keep the log and report it to their department
	 * heads.
	 */
	private boolean mayReadLog(String customerCrmId, String readerId, List<LogEntry> log) {
		if (readerId == null || readerId.isBlank()) {
			return false;
		}
		if (specialists.isActiveSpecialist(customerCrmId, readerId)) {
			return true;
		}
		Set<String> specialistsOfCustomer = new HashSet<>(specialists.activeSpecialistsOf(customerCrmId));
		log.forEach(entry -> specialistsOfCustomer.add(entry.staffId()));
		return staff.headsDepartmentOfAny(readerId, specialistsOfCustomer);
	}

	/**
	 * The department's current head handles its part, also when the head changed after
	 * submission.
	 */
	private void requireHead(CustomerNeed need, String departmentId, String headStaffId) {
		boolean partOfNeed = need.parts().stream().anyMatch(part -> part.departmentId().equals(departmentId));
		if (partOfNeed && !headStaffId.equals(staff.department(departmentId).headStaffId())) {
			throw new RuleViolationException("SPC-4",
					headStaffId + " is not the head handling " + departmentId + "'s part of need " + need.number());
		}
	}

}
