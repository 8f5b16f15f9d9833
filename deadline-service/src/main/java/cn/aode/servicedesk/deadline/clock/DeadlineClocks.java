package cn.aode.servicedesk.deadline.clock;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

/** All deadline clocks. */
public interface DeadlineClocks
		extends ListCrudRepository<DeadlineClock, UUID>, PagingAndSortingRepository<DeadlineClock, UUID> {

	/** The open clock of a subject (service, case, purpose), if any. */
	@Query("""
			select * from deadline_clock where subject_service = :service and subject_case_id = :caseId
			and purpose = :purpose and status <> 'SATISFIED' order by starts_at desc limit 1""")
	Optional<DeadlineClock> findOpenBySubject(String service, String caseId, String purpose);

	/** Whether a subject (service, case, purpose) ever had a clock. */
	@Query("""
			select exists (select 1 from deadline_clock where subject_service = :service
			and subject_case_id = :caseId and purpose = :purpose)""")
	boolean existsBySubject(String service, String caseId, String purpose);

	/**
	 * Open clocks whose running time overlaps the year: the ones a calendar amendment of
	 * that year can move.
	 */
	@Query("""
			select * from deadline_clock where status in ('RUNNING', 'PAUSED') and extended_due_at is null
			and starts_at < make_date(:year + 1, 1, 1) and due_at >= make_date(:year, 1, 1) - interval '1 day'""")
	List<DeadlineClock> findOpenOverlappingYear(int year);

}
