package cn.aode.servicedesk.visit;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All visit plans. */
public interface VisitPlans extends ListCrudRepository<VisitPlan, UUID> {

}
