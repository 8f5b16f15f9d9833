package cn.aode.servicedesk.assist.desk;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

/** The help desk's cases. */
public interface DeskCases extends ListCrudRepository<DeskCase, UUID>, ListPagingAndSortingRepository<DeskCase, UUID> {

	Page<DeskCase> findByStatus(DeskCaseStatus status, Pageable pageable);

}
