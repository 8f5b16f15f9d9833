package cn.aode.servicedesk.devstack;

import java.util.List;

import cn.aode.servicedesk.appointment.AppointmentServiceApplication;
import cn.aode.servicedesk.assist.AssistServiceApplication;
import cn.aode.servicedesk.complaint.ComplaintServiceApplication;
import cn.aode.servicedesk.deadline.DeadlineServiceApplication;
import cn.aode.servicedesk.notice.NoticeServiceApplication;
import cn.aode.servicedesk.specialist.SpecialistServiceApplication;
import cn.aode.servicedesk.visit.VisitServiceApplication;

/** The services the dev stack runs, with their databases and preferred ports. */
final class ServiceCatalog {

	/**
	 * @param name the service (and config file) name
	 * @param database its database on the shared PostgreSQL
	 * @param envKey the part of the gateway's {@code SERVICES_<KEY>_URL} variable
	 */
	record Service(String name, String database, Class<?> application, int preferredPort, String envKey) {
	}

	static final List<Service> SERVICES = List.of(
			new Service(SpecialistServiceApplication.NAME, "specialist", SpecialistServiceApplication.class, 8081,
					"SPECIALIST"),
			new Service(AppointmentServiceApplication.NAME, "appointment", AppointmentServiceApplication.class, 8082,
					"APPOINTMENT"),
			new Service(NoticeServiceApplication.NAME, "notice", NoticeServiceApplication.class, 8083, "NOTICE"),
			new Service(DeadlineServiceApplication.NAME, "deadline", DeadlineServiceApplication.class, 8084,
					"DEADLINE"),
			new Service(VisitServiceApplication.NAME, "visit", VisitServiceApplication.class, 8085, "VISIT"),
			new Service(ComplaintServiceApplication.NAME, "complaint", ComplaintServiceApplication.class, 8086,
					"COMPLAINT"),
			new Service(AssistServiceApplication.NAME, "assist", AssistServiceApplication.class, 8087, "ASSIST"));

	private ServiceCatalog() {
	}

}
