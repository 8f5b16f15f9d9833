package cn.aode.servicedesk.deadline;

import java.util.Set;

import cn.aode.servicedesk.deadline.calendar.CalendarChangeKind;
import cn.aode.servicedesk.deadline.calendar.DayKind;
import cn.aode.servicedesk.deadline.clock.ClockStatus;
import cn.aode.servicedesk.deadline.clock.Consequence;
import cn.aode.servicedesk.deadline.clock.DeadlineSource;
import cn.aode.servicedesk.deadline.clock.EscalationLevel;
import cn.aode.servicedesk.deadline.clock.ViolationKind;
import cn.aode.servicedesk.platform.ServiceStartupContract;
import cn.aode.servicedesk.platform.cases.Label;

/** deadline-service starts, migrates its database and serves health and API docs. */
class DeadlineServiceStartupIntegrationTests extends ServiceStartupContract {

	@Override
	protected Set<String> ownTables() {
		return Set.of("calendar_year", "calendar_day", "calendar_change", "deadline_clock", "deadline_progress_report",
				"deadline_violation", "calendar_revision", "deadline_customer_explanation",
				"deadline_early_satisfaction");
	}

	@Override
	protected Set<Class<? extends Label.Labelled>> shownEnums() {
		return Set.of(ClockStatus.class, EscalationLevel.class, DeadlineSource.class, ViolationKind.class,
				Consequence.class, DayKind.class, CalendarChangeKind.class);
	}

}
