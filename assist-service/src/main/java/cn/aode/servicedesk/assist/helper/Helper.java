package cn.aode.servicedesk.assist.helper;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.platform.domain.Aggregate;

/**
 * A helper of the help desk (帮办代办员, AST-2): a staff member, their kind, and which window
 * staff member named them when.
 */
@Table("helper")
public class Helper extends Aggregate<Helper> implements Persistable<String> {

	@Id
	private final String staffId;

	private String name;

	private HelperKind kind;

	private String namedBy;

	private Instant namedAt;

	@Version
	private Long version;

	@PersistenceCreator
	Helper(String staffId, String name, HelperKind kind, String namedBy, Instant namedAt, Long version) {
		this.staffId = staffId;
		this.name = name;
		this.kind = kind;
		this.namedBy = namedBy;
		this.namedAt = namedAt;
		this.version = version;
	}

	static Helper named(String staffId, String name, HelperKind kind, String namedBy, Instant now) {
		return new Helper(staffId, name, kind, namedBy, now, null);
	}

	/** Named again: another name or kind, by whom and when. */
	boolean rename(String name, HelperKind kind, String namedBy, Instant now) {
		if (this.name.equals(name) && this.kind == kind) {
			return false;
		}
		this.name = name;
		this.kind = kind;
		this.namedBy = namedBy;
		this.namedAt = now;
		return true;
	}

	@Override
	public String getId() {
		return staffId;
	}

	@Override
	public boolean isNew() {
		return version == null;
	}

	public String staffId() {
		return staffId;
	}

	public String name() {
		return name;
	}

	public HelperKind kind() {
		return kind;
	}

	public String namedBy() {
		return namedBy;
	}

	public Instant namedAt() {
		return namedAt;
	}

	@Override
	public Long version() {
		return version;
	}

}
