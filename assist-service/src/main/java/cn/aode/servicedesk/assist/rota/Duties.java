package cn.aode.servicedesk.assist.rota;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

/** The rota's entries. */
public interface Duties extends ListCrudRepository<Duty, UUID> {

	List<Duty> findByDayAndShift(LocalDate day, Shift shift);

	List<Duty> findByDayAndStaffId(LocalDate day, String staffId);

	List<Duty> findByDayBetweenOrderByDayAscShiftAsc(LocalDate from, LocalDate to);

	Page<Duty> findByDayBetween(LocalDate from, LocalDate to, Pageable pageable);

}
