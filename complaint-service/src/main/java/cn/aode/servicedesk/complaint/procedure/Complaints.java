package cn.aode.servicedesk.complaint.procedure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

/** All complaints. */
public interface Complaints extends ListCrudRepository<Complaint, UUID>, PagingAndSortingRepository<Complaint, UUID> {

	Page<Complaint> findByStatus(ComplaintStatus status, Pageable pageable);

	Page<Complaint> findByCustomerId(String customerId, Pageable pageable);

	Page<Complaint> findByCustomerIdAndStatus(String customerId, ComplaintStatus status, Pageable pageable);

	Optional<Complaint> findByNumber(String number);

	/** CMP-4: major complaints no principal leader has acknowledged yet, oldest first. */
	@Query("select * from complaint where major_reason is not null and major_acknowledged_by is null"
			+ " order by major_flagged_at")
	List<Complaint> findUnacknowledgedMajor();

}
