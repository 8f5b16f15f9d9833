package cn.aode.servicedesk.specialist.customer;

import java.time.Clock;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/** Keeps the customer projection in step with the CRM, one customer per transaction. */
@Service
public class CustomerService {

	private final Customers customers;

	private final Clock clock;

	CustomerService(Customers customers, Clock clock) {
		this.customers = customers;
		this.clock = clock;
	}

	/**
	 * Creates or updates the customer with the CRM's values; repeating an upsert changes
	 * nothing and publishes nothing.
	 * @param expectedVersion the version the caller saw ({@code If-Match}), or null; a
	 * version for a customer not kept yet is stale too
	 */
	@Transactional
	public Upsert upsert(String crmId, Long expectedVersion, CustomerData data) {
		CrmIds.check(crmId);
		Optional<Customer> existing = customers.findById(crmId);
		StaleVersionException.requireCurrent("Customer", crmId, expectedVersion,
				existing.map(Customer::version).orElse(null));
		if (existing.isEmpty()) {
			return new Upsert(customers.save(Customer.create(crmId, data, clock.instant())), Outcome.CREATED);
		}
		Customer customer = existing.get();
		if (!customer.apply(data, clock.instant())) {
			return new Upsert(customer, Outcome.UNCHANGED);
		}
		return new Upsert(customers.save(customer), Outcome.UPDATED);
	}

	@Transactional(readOnly = true)
	public Customer get(String crmId) {
		return customers.findById(crmId).orElseThrow(() -> new NotFoundException("Customer", crmId));
	}

	@Transactional(readOnly = true)
	public Page<Customer> list(CustomerKind kind, Pageable pageable) {
		return (kind == null) ? customers.findAll(pageable) : customers.findByDataKind(kind, pageable);
	}

	/** What an upsert did. */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

	/** The customer after an upsert and what the upsert did to it. */
	public record Upsert(Customer customer, Outcome outcome) {
	}

}
