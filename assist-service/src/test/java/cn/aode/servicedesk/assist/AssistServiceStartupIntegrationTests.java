package cn.aode.servicedesk.assist;

import java.util.Set;

import cn.aode.servicedesk.assist.desk.DeskCaseKind;
import cn.aode.servicedesk.assist.desk.DeskCaseStatus;
import cn.aode.servicedesk.assist.errand.ErrandStatus;
import cn.aode.servicedesk.assist.errand.Permit;
import cn.aode.servicedesk.assist.helper.HelperKind;
import cn.aode.servicedesk.assist.rota.AbsenceReason;
import cn.aode.servicedesk.assist.rota.DutyKind;
import cn.aode.servicedesk.assist.rota.DutyStatus;
import cn.aode.servicedesk.assist.rota.Shift;
import cn.aode.servicedesk.assist.training.TrainingKind;
import cn.aode.servicedesk.assist.unresolved.UnresolvedCause;
import cn.aode.servicedesk.platform.ServiceStartupContract;
import cn.aode.servicedesk.platform.cases.Label;

/**
 * assist-service starts, migrates its database and serves health and API docs. It has no
 * tables and no shown enums of its own yet.
 */
class AssistServiceStartupIntegrationTests extends ServiceStartupContract {

	@Override
	protected Set<String> ownTables() {
		return Set.of("helper", "duty", "training", "training_attendee", "exam", "exam_score", "authorisation",
				"errand", "desk_case", "unresolved_case");
	}

	@Override
	protected Set<Class<? extends Label.Labelled>> shownEnums() {
		return Set.of(HelperKind.class, Shift.class, DutyKind.class, DutyStatus.class, AbsenceReason.class,
				TrainingKind.class, Permit.class, ErrandStatus.class, DeskCaseKind.class, DeskCaseStatus.class,
				UnresolvedCause.class);
	}

}
