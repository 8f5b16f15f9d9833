package cn.aode.servicedesk.complaint;

import java.util.Set;

import cn.aode.servicedesk.complaint.procedure.ComplaintCategory;
import cn.aode.servicedesk.complaint.procedure.ComplaintChannel;
import cn.aode.servicedesk.complaint.procedure.ComplaintFinding;
import cn.aode.servicedesk.complaint.procedure.ComplaintStatus;
import cn.aode.servicedesk.complaint.procedure.ComplaintStepKind;
import cn.aode.servicedesk.platform.ServiceStartupContract;
import cn.aode.servicedesk.platform.cases.Label;

/** complaint-service starts, migrates its database and serves health and API docs. */
class ComplaintServiceStartupIntegrationTests extends ServiceStartupContract {

	@Override
	protected Set<String> ownTables() {
		return Set.of("complaint", "complaint_step");
	}

	@Override
	protected Set<Class<? extends Label.Labelled>> shownEnums() {
		return Set.of(ComplaintFinding.class, ComplaintStatus.class, ComplaintChannel.class, ComplaintCategory.class,
				ComplaintStepKind.class);
	}

}
