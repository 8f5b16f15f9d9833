package cn.aode.servicedesk.specialist.staff;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.aode.servicedesk.platform.domain.Aggregate;

/** A department with customer-service duties and its head (部门负责人, SPC-2). */
@Table("department")
public class Department extends Aggregate<Department> {

	@Id
	private final String id;

	private String name;

	private String headStaffId;

	@Version
	private Long version;

	@PersistenceCreator
	Department(String id, String name, String headStaffId, Long version) {
		this.id = id;
		this.name = name;
		this.headStaffId = headStaffId;
		this.version = version;
	}

	static Department create(String id, String name) {
		return new Department(id, name, null, null);
	}

	void rename(String name) {
		this.name = name;
	}

	void headedBy(String staffId) {
		this.headStaffId = staffId;
	}

	public String id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String headStaffId() {
		return headStaffId;
	}

	/** Optimistic-lock version; {@code null} until first saved. */
	@Override
	public Long version() {
		return version;
	}

}
