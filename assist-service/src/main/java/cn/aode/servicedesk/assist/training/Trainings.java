package cn.aode.servicedesk.assist.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

/** The trainings held. */
public interface Trainings extends ListCrudRepository<Training, UUID> {

	List<Training> findByHeldOnBetween(LocalDate from, LocalDate to);

	Page<Training> findByHeldOnBetween(LocalDate from, LocalDate to, Pageable pageable);

}
