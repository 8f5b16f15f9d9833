package cn.aode.servicedesk.visit.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import cn.aode.servicedesk.platform.cases.Label;
import cn.aode.servicedesk.visit.customer.CustomerAppointment;
import cn.aode.servicedesk.visit.customer.CustomerComplaint;
import cn.aode.servicedesk.visit.customer.CustomerProfile;
import cn.aode.servicedesk.visit.plan.ContactWindows;
import cn.aode.servicedesk.visit.plan.PreparationPack;
import cn.aode.servicedesk.visit.plan.VisitPlan;

/**
 * The visitor's preparation pack as the API shows it (VST-7): the plan, the customer's
 * basic data and contacts (absent when the CRM never sent the customer), their
 * specialist, contact windows as read and service history.
 */
record PreparationView(VisitPlanView plan, CustomerView customer, String specialistStaffId, WindowsView contactWindows,
		List<ComplaintView> complaints, List<AppointmentView> appointments, List<EarlierVisitView> earlierVisits) {

	static PreparationView of(PreparationPack pack) {
		return new PreparationView(VisitPlanView.of(pack.plan()), CustomerView.of(pack.customer()), pack.specialist(),
				WindowsView.of(pack.contactWindows()), pack.complaints().stream().map(ComplaintView::of).toList(),
				pack.appointments().stream().map(AppointmentView::of).toList(),
				pack.earlierVisits().stream().map(EarlierVisitView::of).toList());
	}

	/** The customer's basic data and contacts as the CRM last sent them. */
	record CustomerView(String crmId, String kind, String name, String phone, String address, boolean specialCare,
			LocalDate gasConnectedOn, LocalDate projectAcceptedOn, LocalDate warrantyEndsOn, Instant updatedAt) {

		static CustomerView of(CustomerProfile profile) {
			return profile == null ? null
					: new CustomerView(profile.crmId(), profile.kind(), profile.name(), profile.phone(),
							profile.address(), profile.specialCare(), profile.gasConnectedOn(),
							profile.projectAcceptedOn(), profile.warrantyEndsOn(), profile.updatedAt());
		}

	}

	/**
	 * The customer's windows: the CRM's text and how it was read; {@code understood}
	 * false: the visiting hours of working days stand in, ask the customer.
	 */
	record WindowsView(String text, boolean understood, List<WindowView> windows) {

		static WindowsView of(ContactWindows windows) {
			return new WindowsView(windows.text(), windows.understood(), windows.windows()
				.stream()
				.map(window -> new WindowView(window.days().workingDays(), window.days().restDays(),
						window.days().holidays(), window.days().weekdays().stream().map(Enum::name).sorted().toList(),
						window.from(), window.to()))
				.toList());
		}

	}

	/** One window: which days (working, rest, holidays, weekdays named) and times. */
	record WindowView(boolean workingDays, boolean restDays, boolean holidays, List<String> weekdays, LocalTime from,
			LocalTime to) {
	}

	/** A complaint of the customer. */
	record ComplaintView(UUID complaintId, String number, Instant acceptedAt, String channel, String summary,
			Instant resolvedAt, String resolution, String finding) {

		static ComplaintView of(CustomerComplaint complaint) {
			return new ComplaintView(complaint.complaintId(), complaint.number(), complaint.acceptedAt(),
					complaint.channel(), complaint.summary(), complaint.resolvedAt(), complaint.resolution(),
					complaint.finding());
		}

	}

	/** An appointment of the customer: about what, when, with whom, where it stands. */
	record AppointmentView(UUID appointmentId, String number, String kind, String matter, Instant agreedTime,
			String staffId, String status, String result) {

		static AppointmentView of(CustomerAppointment appointment) {
			return new AppointmentView(appointment.appointmentId(), appointment.number(), appointment.kind(),
					appointment.matter(), appointment.agreedTime(), appointment.staffId(), appointment.status(),
					appointment.result());
		}

	}

	/** An earlier visit to the customer and what it found. */
	record EarlierVisitView(UUID id, String number, Label kind, Instant visitedAt, String visitorStaffId,
			Label satisfaction, String customerOpinion, String problemsFound) {

		static EarlierVisitView of(VisitPlan visit) {
			return new EarlierVisitView(visit.id(), visit.number(), Label.of(visit.kind()), visit.visitedAt(),
					visit.visitorStaffId(), Label.of(visit.satisfaction()), visit.customerOpinion(),
					visit.problemsFound());
		}

	}

}
