package cn.aode.servicedesk.specialist.assignment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Every specialist assignment, active and ended. */
public interface Assignments extends ListCrudRepository<Assignment, UUID> {

	List<Assignment> findByCustomerCrmIdOrderByAssignedAtAsc(String customerCrmId);

	List<Assignment> findByCustomerCrmIdAndEndedAtIsNullOrderByAssignedAtAsc(String customerCrmId);

	Optional<Assignment> findByCustomerCrmIdAndStaffIdAndEndedAtIsNull(String customerCrmId, String staffId);

	boolean existsByCustomerCrmIdAndStaffIdAndEndedAtIsNull(String customerCrmId, String staffId);

	long countByCustomerCrmIdAndEndedAtIsNull(String customerCrmId);

}
