package cn.aode.servicedesk.visit;

import java.util.Set;

import cn.aode.servicedesk.platform.ServiceStartupContract;
import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.visit.plan.ReviewState;
import cn.aode.servicedesk.visit.plan.Satisfaction;
import cn.aode.servicedesk.visit.plan.VisitKind;
import cn.aode.servicedesk.visit.plan.VisitMethod;
import cn.aode.servicedesk.visit.plan.VisitStatus;

/** visit-service starts, migrates its database and serves health and API docs. */
class VisitServiceStartupIntegrationTests extends ServiceStartupContract {

	@Override
	protected Set<String> ownTables() {
		return Set.of("visit_plan", "visit_report", "customer_profile", "customer_specialist", "customer_complaint",
				"customer_appointment");
	}

	@Override
	protected Set<Class<? extends Label.Labelled>> shownEnums() {
		return Set.of(VisitKind.class, Satisfaction.class, VisitStatus.class, VisitMethod.class, ReviewState.class);
	}

}
