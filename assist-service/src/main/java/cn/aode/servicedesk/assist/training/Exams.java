package cn.aode.servicedesk.assist.training;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The monthly exams. */
public interface Exams extends ListCrudRepository<Exam, UUID> {

	Optional<Exam> findByMonth(String month);

}
