package cn.aode.servicedesk.specialist.assignment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.RuleViolationException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;
import cn.aode.servicedesk.specialist.customer.ActiveSpecialists;
import cn.aode.servicedesk.specialist.customer.Customer;
import cn.aode.servicedesk.specialist.customer.Customers;

/**
 * Assigns and ends specialists (SPC-6) so that no customer with a gas need is left
 * without one (SPC-1). Changes to one customer's specialists are serialised by locking
 * the customer's row.
 */
@Service
public class AssignmentService implements ActiveSpecialists {

	private final Assignments assignments;

	private final Customers customers;

	private final CoverageGaps gaps;

	private final Workloads workloads;

	private final Clock clock;

	AssignmentService(Assignments assignments, Customers customers, CoverageGaps gaps, Workloads workloads,
			Clock clock) {
		this.assignments = assignments;
		this.customers = customers;
		this.gaps = gaps;
		this.workloads = workloads;
		this.clock = clock;
	}

	/**
	 * SPC-1, SPC-6: a customer may have several specialists, but the same staff member
	 * only once at a time.
	 */
	@Transactional
	public Assignment assign(String crmId, String staffId, String reason, String assignedBy) {
		lockCustomer(crmId);
		if (assignments.existsByCustomerCrmIdAndStaffIdAndEndedAtIsNull(crmId, staffId)) {
			throw new RuleViolationException("SPC-6",
					staffId + " is already an active specialist of customer " + crmId);
		}
		return assignments.save(Assignment.assign(crmId, staffId, reason, assignedBy, clock.instant()));
	}

	/**
	 * SPC-6: ends an assignment and keeps it in the history. SPC-1: the last specialist
	 * of a customer with a gas need cannot be taken away; assign the successor first.
	 * @param expectedVersion the version of the active assignment the caller saw
	 * ({@code If-Match}), or null; once it has ended there is no current version
	 */
	@Transactional
	public Assignment end(String crmId, String staffId, Long expectedVersion, String reason, String endedBy) {
		Customer customer = lockCustomer(crmId);
		Optional<Assignment> active = assignments.findByCustomerCrmIdAndStaffIdAndEndedAtIsNull(crmId, staffId);
		StaleVersionException.requireCurrent("Active specialist assignment", staffId + " of customer " + crmId,
				expectedVersion, active.map(Assignment::version).orElse(null));
		Assignment assignment = active.orElseThrow(
				() -> new NotFoundException("Active specialist assignment", staffId + " of customer " + crmId));
		if (customer.hasGasNeed() && assignments.countByCustomerCrmIdAndEndedAtIsNull(crmId) <= 1) {
			throw new RuleViolationException("SPC-1", staffId + " is the only specialist of customer " + crmId
					+ ", who has a gas need; assign another specialist first");
		}
		assignment.end(endedBy, reason, clock.instant());
		return assignments.save(assignment);
	}

	/**
	 * The customer's specialists: active ones, or with {@code history} every one ever.
	 */
	@Transactional(readOnly = true)
	public List<Assignment> of(String crmId, boolean history) {
		if (!customers.existsById(crmId)) {
			throw new NotFoundException("Customer", crmId);
		}
		return history ? assignments.findByCustomerCrmIdOrderByAssignedAtAsc(crmId)
				: assignments.findByCustomerCrmIdAndEndedAtIsNullOrderByAssignedAtAsc(crmId);
	}

	/** SPC-1: customers with a gas need and no active specialist. */
	@Transactional(readOnly = true)
	public Page<Customer> coverageGaps(Pageable pageable) {
		return gaps.find(pageable);
	}

	/**
	 * SPC-1, SPC-4: the customers the staff member serves now, the needs they took that
	 * are still open, and the parts of those needs that are overdue.
	 */
	@Transactional(readOnly = true)
	public Workload workload(String staffId) {
		return workloads.of(staffId);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isActiveSpecialist(String crmId, String staffId) {
		return assignments.existsByCustomerCrmIdAndStaffIdAndEndedAtIsNull(crmId, staffId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> activeSpecialistsOf(String crmId) {
		return assignments.findByCustomerCrmIdAndEndedAtIsNullOrderByAssignedAtAsc(crmId)
			.stream()
			.map(Assignment::staffId)
			.toList();
	}

	private Customer lockCustomer(String crmId) {
		return customers.findForUpdateByCrmId(crmId).orElseThrow(() -> new NotFoundException("Customer", crmId));
	}

}
