package cn.aode.servicedesk.specialist.need;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All customer needs. */
public interface CustomerNeeds extends ListCrudRepository<CustomerNeed, UUID> {

	List<CustomerNeed> findByCustomerCrmIdOrderBySubmittedAtDesc(String customerCrmId);

}
