package cn.aode.servicedesk.complaint.procedure;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/** The steps of the complaint procedure, each in one transaction with its event. */
@Service
public class ComplaintService {

	/** Prefix of complaint numbers (投诉). */
	static final String NUMBER_PREFIX = "TS";

	private final Complaints complaints;

	private final CaseNumbers numbers;

	private final Clock clock;

	ComplaintService(Complaints complaints, CaseNumbers numbers, Clock clock) {
		this.complaints = complaints;
		this.numbers = numbers;
		this.clock = clock;
	}

	@Transactional
	public Complaint accept(Complainant complainant, ComplaintChannel channel, String content) {
		return complaints
			.save(Complaint.accept(numbers.next(NUMBER_PREFIX), complainant, channel, content, clock.instant()));
	}

	/**
	 * @param expectedVersion the version the caller saw ({@code If-Match}), or null to
	 * skip the check
	 */
	@Transactional
	public Complaint resolve(UUID id, Long expectedVersion, String handledBy, String resolution,
			ComplaintFinding finding, String staffAtFault) {
		Complaint complaint = get(id);
		StaleVersionException.requireCurrent("Complaint", id, expectedVersion, complaint.version());
		complaint.resolve(handledBy, resolution, finding, staffAtFault, clock.instant());
		return complaints.save(complaint);
	}

	/** Complaints of one status, or all, in the order of the pageable. */
	@Transactional(readOnly = true)
	public Page<Complaint> find(ComplaintStatus status, Pageable pageable) {
		return status == null ? complaints.findAll(pageable) : complaints.findByStatus(status, pageable);
	}

	/** One customer's own complaints. */
	@Transactional(readOnly = true)
	public Page<Complaint> findOfCustomer(String customerId, ComplaintStatus status, Pageable pageable) {
		return status == null ? complaints.findByCustomerId(customerId, pageable)
				: complaints.findByCustomerIdAndStatus(customerId, status, pageable);
	}

	@Transactional(readOnly = true)
	public Complaint get(UUID id) {
		return complaints.findById(id).orElseThrow(() -> new NotFoundException("Complaint", id));
	}

}
