package cn.aode.servicedesk.notice.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

/** Every version of every matter type. */
interface MatterVersions
		extends ListCrudRepository<MatterVersion, UUID>, PagingAndSortingRepository<MatterVersion, UUID> {

	Page<MatterVersion> findByCurrentTrue(Pageable pageable);

	List<MatterVersion> findByCurrentTrueOrderByCode();

	Optional<MatterVersion> findByCodeAndCurrentTrue(String code);

	Optional<MatterVersion> findByCodeAndVersion(String code, int version);

	Page<MatterVersion> findByCode(String code, Pageable pageable);

	boolean existsByCode(String code);

	/** The version in force is replaced; the partial unique index keeps one current. */
	@Modifying
	@Query("update matter_version set current = false where id = :id and current")
	int retire(UUID id);

}
