package cn.aode.servicedesk.assist.helper;

import java.time.Clock;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.aode.servicedesk.platform.problem.NotFoundException;
import cn.aode.servicedesk.platform.problem.StaleVersionException;

/** AST-2: names helpers and looks them up. */
@Service
public class HelperService {

	private final Helpers helpers;

	private final Clock clock;

	HelperService(Helpers helpers, Clock clock) {
		this.helpers = helpers;
		this.clock = clock;
	}

	/** What naming a helper did. */
	public record Naming(Helper helper, boolean created) {
	}

	/**
	 * A window staff member names a staff member a helper of a kind, or renames them.
	 * @param expectedVersion the version the caller saw ({@code If-Match}), or null; a
	 * version for a staff member who is no helper yet is stale too
	 */
	@Transactional
	public Naming name(String staffId, Long expectedVersion, String name, HelperKind kind, String namedBy) {
		Optional<Helper> existing = helpers.findById(staffId);
		StaleVersionException.requireCurrent("Helper", staffId, expectedVersion,
				existing.map(Helper::version).orElse(null));
		return existing
			.map(helper -> new Naming(
					helper.rename(name, kind, namedBy, clock.instant()) ? helpers.save(helper) : helper, false))
			.orElseGet(
					() -> new Naming(helpers.save(Helper.named(staffId, name, kind, namedBy, clock.instant())), true));
	}

	@Transactional(readOnly = true)
	public Helper get(String staffId) {
		return helpers.findById(staffId).orElseThrow(() -> new NotFoundException("Helper", staffId));
	}

	@Transactional(readOnly = true)
	public Page<Helper> list(Pageable pageable) {
		return helpers.findAll(pageable);
	}

}
