package cn.aode.servicedesk.appointment;

import java.util.Set;

import cn.aode.servicedesk.appointment.request.ApplicantType;
import cn.aode.servicedesk.appointment.request.AppointmentKind;
import cn.aode.servicedesk.appointment.request.AppointmentReason;
import cn.aode.servicedesk.appointment.request.ChangeKind;
import cn.aode.servicedesk.appointment.request.RequestChannel;
import cn.aode.servicedesk.appointment.request.RequestStatus;
import cn.aode.servicedesk.platform.ServiceStartupContract;
import cn.aode.servicedesk.platform.cases.Label;

/** appointment-service starts, migrates its database and serves health and API docs. */
class AppointmentServiceStartupIntegrationTests extends ServiceStartupContract {

	@Override
	protected Set<String> ownTables() {
		return Set.of("appointment_request", "customer_specialist", "appointment_change", "appointment_reminder",
				"reply_deadline", "appointment_complaint");
	}

	@Override
	protected Set<Class<? extends Label.Labelled>> shownEnums() {
		return Set.of(ApplicantType.class, RequestStatus.class, RequestChannel.class, AppointmentReason.class,
				AppointmentKind.class, ChangeKind.class);
	}

}
