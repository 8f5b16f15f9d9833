package cn.aode.servicedesk.assist.helper;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

/** The helpers. */
public interface Helpers extends ListCrudRepository<Helper, String>, ListPagingAndSortingRepository<Helper, String> {

	List<Helper> findByKind(HelperKind kind);

}
