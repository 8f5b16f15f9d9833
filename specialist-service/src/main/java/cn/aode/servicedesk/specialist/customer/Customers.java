package cn.aode.servicedesk.specialist.customer;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

/** All customers known from the CRM. */
public interface Customers extends ListCrudRepository<Customer, String>, PagingAndSortingRepository<Customer, String> {

	/** Customers of one kind (the embedded {@link CustomerData#kind()}). */
	Page<Customer> findByDataKind(CustomerKind kind, Pageable pageable);

	/**
	 * The customer, with its row locked until the transaction ends: serialises changes to
	 * one customer's specialists so that SPC-1 and SPC-6 checks hold under concurrency.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<Customer> findForUpdateByCrmId(String crmId);

}
