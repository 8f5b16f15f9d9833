package cn.aode.servicedesk.specialist.staff;

import java.util.Set;

/**
 * Departments and staff as they are stored, for tests outside the package (web slices).
 */
public final class StaffFixtures {

	private StaffFixtures() {
	}

	public static Department department(String id, String name, String headStaffId) {
		return new Department(id, name, headStaffId, 2L);
	}

	public static Staff staff(String id, String name, String departmentId, String phone, StaffRole... roles) {
		Staff staff = new Staff(id, null, null, "", null, 1L);
		staff.update(name, departmentId, Set.of(roles), phone);
		return staff;
	}

}
