package cn.aode.servicedesk.specialist.staff;

import org.springframework.data.repository.ListCrudRepository;

/** All departments. */
public interface Departments extends ListCrudRepository<Department, String> {

}
