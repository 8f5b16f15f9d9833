package cn.aode.servicedesk.assist.errand;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

/** The permit errands. */
public interface Errands extends ListCrudRepository<Errand, UUID>, ListPagingAndSortingRepository<Errand, UUID> {

	Page<Errand> findByCustomerId(String customerId, Pageable pageable);

	Page<Errand> findByStatus(ErrandStatus status, Pageable pageable);

}
