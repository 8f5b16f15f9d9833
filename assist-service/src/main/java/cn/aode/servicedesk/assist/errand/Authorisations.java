package cn.aode.servicedesk.assist.errand;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

/** The customers' authorisations. */
public interface Authorisations extends ListCrudRepository<Authorisation, UUID> {

	Page<Authorisation> findByCustomerId(String customerId, Pageable pageable);

}
