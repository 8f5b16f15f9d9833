package cn.aode.servicedesk.specialist.staff;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** All staff members. */
public interface StaffMembers extends ListCrudRepository<Staff, String> {

	List<Staff> findByDepartmentId(String departmentId);

}
