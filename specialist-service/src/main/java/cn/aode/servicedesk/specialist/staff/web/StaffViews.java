package cn.aode.servicedesk.specialist.staff.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.specialist.staff.Department;
import cn.aode.servicedesk.specialist.staff.RecordEntryKind;
import cn.aode.servicedesk.specialist.staff.Staff;
import cn.aode.servicedesk.specialist.staff.StaffRecordEntry;
import cn.aode.servicedesk.specialist.staff.StaffRole;

/** Request and response bodies of the staff API. */
final class StaffViews {

	private StaffViews() {
	}

	record DepartmentRequest(@NotBlank @Size(max = 100) String name) {
	}

	record HeadRequest(@NotBlank @Size(max = 64) String staffId) {
	}

	record DepartmentView(String id, String name, String headStaffId, long version) {

		static DepartmentView of(Department department) {
			return new DepartmentView(department.id(), department.name(), department.headStaffId(),
					department.version());
		}

	}

	record StaffRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 32) String departmentId,
			@NotEmpty Set<@NotNull StaffRole> roles, @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}",
					message = "must be a mainland mobile or landline number") String phone) {
	}

	record StaffView(String id, String name, String departmentId, List<Label> roles, String phone) {

		static StaffView of(Staff staff) {
			return new StaffView(staff.id(), staff.name(), staff.departmentId(),
					staff.roles().stream().map(Label::of).toList(), staff.phone());
		}

	}

	record DecisionRequest(@NotNull RecordEntryKind kind, @Size(max = 16) String rule,
			@Size(max = 32) String consequence, @NotBlank @Size(max = 2000) String detail,
			@Size(max = 200) String caseRef) {
	}

	record EntryView(UUID id, String staffId, Label kind, String rule, String consequence, Label source, String detail,
			String caseRef, Instant recordedAt, String recordedBy) {

		static EntryView of(StaffRecordEntry entry) {
			return new EntryView(entry.id(), entry.staffId(), Label.of(entry.kind()), entry.rule(), entry.consequence(),
					Label.of(entry.source()), entry.detail(), entry.caseRef(), entry.recordedAt(), entry.recordedBy());
		}

	}

}
