package cn.aode.servicedesk.notice.catalogue;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.platform.problem.InvalidStateException;
import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/**
 * Publishes and revises the matter catalogue (NTC-1) and reads it: the versions in force
 * for the bulletin and the pre-checks, any earlier version for the notices that told it.
 */
@Service
public class CatalogueService {

	/** Catalogue reads in code order. */
	public static final Sort BY_CODE = Sort.by("code");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,39}");

	private final MatterVersions versions;

	private final JdbcAggregateTemplate aggregates;

	private final CatalogueRevision revision;

	private final Clock clock;

	CatalogueService(MatterVersions versions, JdbcAggregateTemplate aggregates, CatalogueRevision revision,
			Clock clock) {
		this.versions = versions;
		this.aggregates = aggregates;
		this.revision = revision;
		this.clock = clock;
	}

	/** Publishes a new matter type as its version 1. */
	@Transactional
	public MatterVersion publish(String code, MatterContent content, String by) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException(
					"A matter code has 3 to 40 capital letters, digits or underscores, starting with a letter: "
							+ code);
		}
		if (versions.existsByCode(code)) {
			throw new InvalidStateException("Matter " + code + " is already in the catalogue; revise it instead");
		}
		MatterVersion first = aggregates.insert(MatterVersion.first(code, content, by, clock.instant()));
		revision.changedOnCommit();
		return first;
	}

	/**
	 * Revises a matter type: its next version is in force from now, the one before stays
	 * as it was for the notices that told it.
	 * @param expectedVersion the version the editor saw ({@code If-Match}), or null
	 */
	@Transactional
	public MatterVersion revise(String code, Long expectedVersion, MatterContent content, String changeNote,
			String by) {
		MatterVersion current = current(code);
		StaleVersionException.requireCurrent("Matter", code, expectedVersion, (long) current.version());
		MatterVersion next = current.revise(content, changeNote, by, clock.instant());
		if (versions.retire(current.id()) != 1) {
			throw new InvalidStateException("Matter " + code + " was revised by someone else; reload it and retry");
		}
		MatterVersion saved = aggregates.insert(next);
		revision.changedOnCommit();
		return saved;
	}

	/** The versions in force, a page in the order asked. */
	@Transactional(readOnly = true)
	public Page<MatterVersion> current(Pageable pageable) {
		return versions.findByCurrentTrue(pageable);
	}

	/** Every version in force, in code order (the bulletin board). */
	@Transactional(readOnly = true)
	public List<MatterVersion> allCurrent() {
		return versions.findByCurrentTrueOrderByCode();
	}

	/** The version in force of a matter type; 404 for a code not in the catalogue. */
	@Transactional(readOnly = true)
	public MatterVersion current(String code) {
		return versions.findByCodeAndCurrentTrue(code).orElseThrow(() -> new NotFoundException("Matter", code));
	}

	@Transactional(readOnly = true)
	public MatterVersion version(String code, int version) {
		return versions.findByCodeAndVersion(code, version)
			.orElseThrow(() -> new NotFoundException("Version " + version + " of matter", code));
	}

	@Transactional(readOnly = true)
	public MatterVersion version(UUID id) {
		return versions.findById(id).orElseThrow(() -> new NotFoundException("Matter version", id));
	}

	/** All versions of a matter type; 404 for a code not in the catalogue. */
	@Transactional(readOnly = true)
	public Page<MatterVersion> versions(String code, Pageable pageable) {
		Page<MatterVersion> page = versions.findByCode(code, pageable);
		if (page.isEmpty() && !versions.existsByCode(code)) {
			throw new NotFoundException("Matter", code);
		}
		return page;
	}

}
