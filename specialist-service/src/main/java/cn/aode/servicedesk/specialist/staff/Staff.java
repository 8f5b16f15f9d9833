package cn.aode.servicedesk.specialist.staff;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.platform.domain.Aggregate;

/** A staff member of one department, with one or more roles. */
@Table("staff")
public class Staff extends Aggregate<Staff> {

	@Id
	private final String id;

	private String name;

	private String departmentId;

	private String roles;

	private String phone;

	@Version
	private Long version;

	@PersistenceCreator
	Staff(String id, String name, String departmentId, String roles, String phone, Long version) {
		this.id = id;
		this.name = name;
		this.departmentId = departmentId;
		this.roles = roles;
		this.phone = phone;
		this.version = version;
	}

	static Staff create(String id) {
		return new Staff(id, null, null, "", null, null);
	}

	void update(String name, String departmentId, Set<StaffRole> roles, String phone) {
		this.name = name;
		this.departmentId = departmentId;
		this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.phone = phone;
	}

	public String id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String departmentId() {
		return departmentId;
	}

	public Set<StaffRole> roles() {
		if (roles == null || roles.isBlank()) {
			return EnumSet.noneOf(StaffRole.class);
		}
		return Arrays.stream(roles.split(","))
			.map(StaffRole::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
	}

	public boolean has(StaffRole role) {
		return roles().contains(role);
	}

	public String phone() {
		return phone;
	}

	/** Optimistic-lock version; {@code null} until first saved. */
	@Override
	public Long version() {
		return version;
	}

}
