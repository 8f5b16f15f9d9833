package cn.aode.servicedesk.complaint.procedure;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

/** All complaints. */
public interface Complaints extends ListCrudRepository<Complaint, UUID>, PagingAndSortingRepository<Complaint, UUID> {

	Page<Complaint> findByStatus(ComplaintStatus status, Pageable pageable);

	Page<Complaint> findByCustomerId(String customerId, Pageable pageable);

	Page<Complaint> findByCustomerIdAndStatus(String customerId, ComplaintStatus status, Pageable pageable);

}
