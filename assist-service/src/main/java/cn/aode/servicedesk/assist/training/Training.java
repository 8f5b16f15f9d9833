package cn.aode.servicedesk.assist.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.platform.domain.Aggregate;

/**
 * A helper training (业务培训, AST-8, AST-10): its kind, day, topic and content — what the
 * monthly exam draws from (AST-9) — who held it, who was invited and who attended.
 */
@Table("training")
public class Training extends Aggregate<Training> {

	@Id
	private final UUID id;

	private final TrainingKind kind;

	private final LocalDate heldOn;

	private final String topic;

	private final String content;

	private final String heldBy;

	private final Instant createdAt;

	@MappedCollection(idColumn = "training")
	private final Set<Attendee> attendees;

	@Version
	private Long version;

	@PersistenceCreator
	Training(UUID id, TrainingKind kind, LocalDate heldOn, String topic, String content, String heldBy,
			Instant createdAt, Set<Attendee> attendees, Long version) {
		this.id = id;
		this.kind = kind;
		this.heldOn = heldOn;
		this.topic = topic;
		this.content = content;
		this.heldBy = heldBy;
		this.createdAt = createdAt;
		this.attendees = new HashSet<>(attendees);
		this.version = version;
	}

	/**
	 * AST-8: a weekly or short training invites every full-time helper, besides whom the
	 * organiser invites; an ad-hoc one (AST-10) whom the organiser invites.
	 */
	static Training held(TrainingKind kind, LocalDate heldOn, String topic, String content, String heldBy,
			Set<String> invited, Set<String> fullTimeHelpers, Instant now) {
		Set<String> everyone = new LinkedHashSet<>();
		if (kind.invitesFullTimeHelpers()) {
			everyone.addAll(fullTimeHelpers);
		}
		everyone.addAll(invited);
		if (everyone.isEmpty()) {
			throw new IllegalArgumentException(
					"A training invites somebody: name the invited or the full-time helpers");
		}
		return new Training(UUID.randomUUID(), kind, heldOn, topic, content, heldBy, now,
				everyone.stream().map(staffId -> new Attendee(staffId, false)).collect(Collectors.toSet()), null);
	}

	/** Who attended; each must have been invited. */
	void attended(Set<String> present) {
		Set<String> unknown = new LinkedHashSet<>(present);
		attendees.forEach(attendee -> unknown.remove(attendee.staffId()));
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException(unknown + " were not invited to the training on " + heldOn);
		}
		Set<Attendee> marked = attendees.stream()
			.map(attendee -> new Attendee(attendee.staffId(), present.contains(attendee.staffId())))
			.collect(Collectors.toSet());
		attendees.clear();
		attendees.addAll(marked);
	}

	public UUID id() {
		return id;
	}

	public TrainingKind kind() {
		return kind;
	}

	public LocalDate heldOn() {
		return heldOn;
	}

	public String topic() {
		return topic;
	}

	public String content() {
		return content;
	}

	public String heldBy() {
		return heldBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	/** Who was invited and whether they attended, by staff id. */
	public List<Attendee> attendees() {
		return attendees.stream().sorted(Comparator.comparing(Attendee::staffId)).toList();
	}

	@Override
	public Long version() {
		return version;
	}

}
