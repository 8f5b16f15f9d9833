package cn.aode.servicedesk.specialist;

import java.util.Set;

import cn.aode.servicedesk.platform.ServiceStartupContract;
import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.specialist.customer.CustomerKind;
import cn.aode.servicedesk.specialist.need.FileEntryKind;
import cn.aode.servicedesk.specialist.need.NeedStatus;
import cn.aode.servicedesk.specialist.need.PartStatus;
import cn.aode.servicedesk.specialist.staff.RecordEntryKind;
import cn.aode.servicedesk.specialist.staff.RecordSource;
import cn.aode.servicedesk.specialist.staff.StaffRole;

/** specialist-service starts, migrates its database and serves health and API docs. */
class SpecialistServiceStartupIntegrationTests extends ServiceStartupContract {

	@Override
	protected Set<String> ownTables() {
		return Set.of("department", "staff", "staff_record_entry", "customer", "specialist_assignment", "customer_need",
				"customer_need_part", "service_log_entry", "staff_deadline_result", "visit_result");
	}

	@Override
	protected Set<Class<? extends Label.Labelled>> shownEnums() {
		return Set.of(CustomerKind.class, FileEntryKind.class, PartStatus.class, NeedStatus.class,
				RecordEntryKind.class, StaffRole.class, RecordSource.class);
	}

}
