package cn.aode.servicedesk.visit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

/** All visit plans. */
public interface VisitPlans extends ListCrudRepository<VisitPlan, UUID>, PagingAndSortingRepository<VisitPlan, UUID> {

	List<VisitPlan> findBySourceCaseId(String sourceCaseId);

	Page<VisitPlan> findByKind(VisitKind kind, Pageable pageable);

}
