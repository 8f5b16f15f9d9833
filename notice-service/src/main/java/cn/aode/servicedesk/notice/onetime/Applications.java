package cn.aode.servicedesk.notice.onetime;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

/** All applications. */
interface Applications extends ListCrudRepository<Application, UUID>, PagingAndSortingRepository<Application, UUID> {

	Page<Application> findByStatus(ApplicationStatus status, Pageable pageable);

}
