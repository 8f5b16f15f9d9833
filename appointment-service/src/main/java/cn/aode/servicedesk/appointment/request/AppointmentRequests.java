package cn.aode.servicedesk.appointment.request;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

/** All appointment requests. */
public interface AppointmentRequests
		extends ListCrudRepository<AppointmentRequest, UUID>, PagingAndSortingRepository<AppointmentRequest, UUID> {

	Page<AppointmentRequest> findByStatus(RequestStatus status, Pageable pageable);

	Page<AppointmentRequest> findByApplicantCustomerId(String customerId, Pageable pageable);

	Page<AppointmentRequest> findByStatusIn(Collection<RequestStatus> statuses, Pageable pageable);

	Page<AppointmentRequest> findByAppointmentStaffIdAndAppointmentAgreedTimeGreaterThanEqualAndAppointmentAgreedTimeLessThanAndStatusIn(
			String staffId, Instant from, Instant to, Collection<RequestStatus> statuses, Pageable pageable);

	Page<AppointmentRequest> findByStatusAndAppointmentAgreedTimeGreaterThanEqualAndAppointmentAgreedTimeLessThan(
			RequestStatus status, Instant from, Instant to, Pageable pageable);

	Page<AppointmentRequest> findByApplicantCustomerIdAndStatus(String customerId, RequestStatus status,
			Pageable pageable);

}
