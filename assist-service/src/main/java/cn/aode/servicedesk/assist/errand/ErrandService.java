package cn.aode.servicedesk.assist.errand;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.platform.cases.CaseNumbers;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/**
 * AST-7: records customers' authorisations and runs their permit errands, each change in
 * one transaction with its deadline event.
 */
@Service
public class ErrandService {

	private final Authorisations authorisations;

	private final Errands errands;

	private final CaseNumbers numbers;

	private final Clock clock;

	private final String limit;

	ErrandService(Authorisations authorisations, Errands errands, CaseNumbers numbers, Clock clock,
			@Value("${servicedesk.assist.errands.limit:P15WD}") String limit) {
		this.authorisations = authorisations;
		this.errands = errands;
		this.numbers = numbers;
		this.clock = clock;
		this.limit = limit;
	}

	/** What the customer signed. */
	public record NewAuthorisation(String customerId, String customerName, Set<Permit> permits, LocalDate validFrom,
			LocalDate validUntil, String signatureRef, boolean voluntary) {
	}

	/** A permit errand to begin. */
	public record NewErrand(UUID authorisationId, Permit permit, String authority, List<String> documents) {
	}

	@Transactional
	public Authorisation authorise(NewAuthorisation given, String recordedBy) {
		return authorisations.save(Authorisation.given(numbers.next("WT"), given.customerId(), given.customerName(),
				given.permits(), given.validFrom(), given.validUntil(), given.signatureRef(), given.voluntary(),
				recordedBy, clock.instant()));
	}

	/**
	 * The customer withdraws the authorisation.
	 * @param expectedVersion the version the caller saw ({@code If-Match}), or null
	 */
	@Transactional
	public Authorisation revoke(UUID authorisationId, Long expectedVersion) {
		Authorisation authorisation = authorisation(authorisationId);
		StaleVersionException.requireCurrent("Authorisation", authorisationId, expectedVersion,
				authorisation.version());
		authorisation.revoke(clock.instant());
		return authorisations.save(authorisation);
	}

	@Transactional(readOnly = true)
	public Authorisation authorisation(UUID authorisationId) {
		return authorisations.findById(authorisationId)
			.orElseThrow(() -> new NotFoundException("Authorisation", authorisationId));
	}

	@Transactional(readOnly = true)
	public Page<Authorisation> authorisationsOf(String customerId, Pageable pageable) {
		return authorisations.findByCustomerId(customerId, pageable);
	}

	/** AST-7: an errand under a valid authorisation covering its permit. */
	@Transactional
	public Errand begin(NewErrand errand, String handledBy) {
		Authorisation authorisation = authorisations.findById(errand.authorisationId())
			.orElseThrow(() -> new NotFoundException("Authorisation", errand.authorisationId()));
		Instant now = clock.instant();
		return errands.save(Errand.begin(numbers.next("DB"), authorisation, errand.permit(), errand.authority(),
				errand.documents(), handledBy, limit, LocalDate.ofInstant(now, CaseNumbers.BUSINESS_ZONE), now));
	}

	@Transactional
	public Errand submit(UUID errandId, Long expectedVersion, LocalDate on) {
		Errand errand = current(errandId, expectedVersion);
		errand.submit(on, clock.instant());
		return errands.save(errand);
	}

	@Transactional
	public Errand decide(UUID errandId, Long expectedVersion, boolean approved, LocalDate on, String note) {
		Errand errand = current(errandId, expectedVersion);
		errand.decide(approved, on, note, clock.instant());
		return errands.save(errand);
	}

	@Transactional
	public Errand close(UUID errandId, Long expectedVersion) {
		Errand errand = current(errandId, expectedVersion);
		errand.close(clock.instant());
		return errands.save(errand);
	}

	@Transactional
	public Errand withdraw(UUID errandId, Long expectedVersion, String note) {
		Errand errand = current(errandId, expectedVersion);
		errand.withdraw(note, clock.instant());
		return errands.save(errand);
	}

	@Transactional(readOnly = true)
	public Errand errand(UUID errandId) {
		return errands.findById(errandId).orElseThrow(() -> new NotFoundException("Errand", errandId));
	}

	/** Errands of a customer, or of a status, or all. */
	@Transactional(readOnly = true)
	public Page<Errand> errands(String customerId, ErrandStatus status, Pageable pageable) {
		if (customerId != null) {
			return errands.findByCustomerId(customerId, pageable);
		}
		return status != null ? errands.findByStatus(status, pageable) : errands.findAll(pageable);
	}

	private Errand current(UUID errandId, Long expectedVersion) {
		Errand errand = errand(errandId);
		StaleVersionException.requireCurrent("Errand", errandId, expectedVersion, errand.version());
		return errand;
	}

}
