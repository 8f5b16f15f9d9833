package cn.aode.servicedesk.notice.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a matter type (事项) in the catalogue (NTC-1). A version is written once
 * and never changed: a revision of the matter is the next version, so what a notice told
 * a customer stays readable as it was told.
 */
@Table("matter_version")
public class MatterVersion {

	@Id
	private final UUID id;

	private final String code;

	private final int version;

	private final String name;

	private final String department;

	private final List<String> basis;

	private final String timeLimit;

	@Column("procedure_steps")
	private final List<String> procedure;

	@MappedCollection(idColumn = "matter_version_id", keyColumn = "position")
	private final List<Material> materials;

	private final List<String> rectifications;

	private final List<String> notHandled;

	private final Instant publishedAt;

	private final String publishedBy;

	private final String changeNote;

	private final boolean current;

	@PersistenceCreator
	MatterVersion(UUID id, String code, int version, String name, String department, List<String> basis,
			String timeLimit, List<String> procedure, List<Material> materials, List<String> rectifications,
			List<String> notHandled, Instant publishedAt, String publishedBy, String changeNote, boolean current) {
		this.id = id;
		this.code = code;
		this.version = version;
		this.name = name;
		this.department = department;
		this.basis = List.copyOf(basis);
		this.timeLimit = timeLimit;
		this.procedure = List.copyOf(procedure);
		this.materials = List.copyOf(materials);
		this.rectifications = List.copyOf(rectifications);
		this.notHandled = List.copyOf(notHandled);
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
		this.changeNote = changeNote;
		this.current = current;
	}

	/** The first version of a new matter type; refused without all six parts (NTC-1). */
	static MatterVersion first(String code, MatterContent content, String by, Instant now) {
		content.requireComplete();
		return new MatterVersion(UUID.randomUUID(), code, 1, content.name(), content.department(), content.basis(),
				content.timeLimit(), content.procedure(), content.materials(), content.rectifications(),
				content.notHandled(), now, by, null, true);
	}

	/**
	 * The version after this one, with what changed and why; this version stays as it
	 * was.
	 */
	MatterVersion revise(MatterContent content, String changeNote, String by, Instant now) {
		content.requireComplete();
		return new MatterVersion(UUID.randomUUID(), code, version + 1, content.name(), content.department(),
				content.basis(), content.timeLimit(), content.procedure(), content.materials(),
				content.rectifications(), content.notHandled(), now, by, changeNote, true);
	}

	/** The material with this code, if this version lists it. */
	public Optional<Material> material(String materialCode) {
		return materials.stream().filter(material -> material.code().equals(materialCode)).findFirst();
	}

	public UUID id() {
		return id;
	}

	public String code() {
		return code;
	}

	/** 1 for the first version, one more for each revision. */
	public int version() {
		return version;
	}

	public String name() {
		return name;
	}

	public String department() {
		return department;
	}

	public List<String> basis() {
		return basis;
	}

	/** A deadline policy, e.g. {@code P5WD}. */
	public String timeLimit() {
		return timeLimit;
	}

	public List<String> procedure() {
		return procedure;
	}

	public List<Material> materials() {
		return materials;
	}

	public List<String> rectifications() {
		return rectifications;
	}

	public List<String> notHandled() {
		return notHandled;
	}

	public Instant publishedAt() {
		return publishedAt;
	}

	public String publishedBy() {
		return publishedBy;
	}

	/** Why this version replaced the one before; null for a first version. */
	public String changeNote() {
		return changeNote;
	}

	/**
	 * Whether this is the version in force; as read, a later revision may have replaced
	 * it since.
	 */
	public boolean current() {
		return current;
	}

}
