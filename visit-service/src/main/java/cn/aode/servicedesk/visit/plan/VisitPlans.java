package cn.aode.servicedesk.visit.plan;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** All visit plans. */
public interface VisitPlans extends ListCrudRepository<VisitPlan, UUID> {

}
