package cn.aode.servicedesk.notice.phone;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.notice.catalogue.CatalogueService;
import cn.aode.servicedesk.notice.catalogue.MatterVersion;
import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.problem.NotFoundException;

/** NTC-5: keeps the phone consultation log and searches it by date and staff member. */
@Service
public class PhoneConsultationService {

	/** Newest call first. */
	public static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "calledAt");

	/** Prefix of log numbers (电话). */
	static final String NUMBER_PREFIX = "DH";

	private final JdbcAggregateTemplate aggregates;

	private final CatalogueService catalogue;

	private final CaseNumbers numbers;

	private final Clock clock;

	PhoneConsultationService(JdbcAggregateTemplate aggregates, CatalogueService catalogue, CaseNumbers numbers,
			Clock clock) {
		this.aggregates = aggregates;
		this.catalogue = catalogue;
		this.numbers = numbers;
		this.clock = clock;
	}

	/**
	 * Logs a consultation answered with the complete answer of the matter's version in
	 * force; 404 for a matter not in the catalogue.
	 */
	@Transactional
	public PhoneConsultation log(PhoneCall call, String staffId) {
		MatterVersion told = catalogue.current(call.matterCode());
		return aggregates
			.save(PhoneConsultation.log(numbers.next(NUMBER_PREFIX), call, told, staffId, clock.instant()));
	}

	@Transactional(readOnly = true)
	public PhoneConsultation get(UUID id) {
		PhoneConsultation consultation = aggregates.findById(id, PhoneConsultation.class);
		if (consultation == null) {
			throw new NotFoundException("Phone consultation", id);
		}
		return consultation;
	}

	/**
	 * The log between two business dates (both included, Asia/Shanghai), of one staff
	 * member or all; a missing date leaves that side open.
	 */
	@Transactional(readOnly = true)
	public Page<PhoneConsultation> search(LocalDate from, LocalDate to, String staffId, Pageable pageable) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("to " + to + " is before from " + from);
		}
		Criteria criteria = Criteria.empty();
		if (from != null) {
			criteria = criteria.and("calledAt").greaterThanOrEquals(startOf(from));
		}
		if (to != null) {
			criteria = criteria.and("calledAt").lessThan(startOf(to.plusDays(1)));
		}
		if (staffId != null) {
			criteria = criteria.and("staffId").is(staffId);
		}
		return aggregates.findAll(Query.query(criteria), PhoneConsultation.class, pageable);
	}

	/** The catalogue version whose answer a consultation told. */
	@Transactional(readOnly = true)
	public MatterVersion told(PhoneConsultation consultation) {
		return catalogue.version(consultation.matterVersionId());
	}

	private static Instant startOf(LocalDate date) {
		return date.atStartOfDay(CaseNumbers.BUSINESS_ZONE).toInstant();
	}

}
