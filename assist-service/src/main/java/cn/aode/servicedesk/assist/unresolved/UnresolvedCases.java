package cn.aode.servicedesk.assist.unresolved;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

/** The window's cases. */
public interface UnresolvedCases
		extends ListCrudRepository<UnresolvedCase, UUID>, ListPagingAndSortingRepository<UnresolvedCase, UUID> {

	Page<UnresolvedCase> findByResolvedAtIsNull(Pageable pageable);

}
