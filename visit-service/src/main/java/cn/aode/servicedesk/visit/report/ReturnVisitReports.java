package cn.aode.servicedesk.visit.report;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All visit reports. */
public interface ReturnVisitReports extends ListCrudRepository<ReturnVisitReport, UUID> {

}
