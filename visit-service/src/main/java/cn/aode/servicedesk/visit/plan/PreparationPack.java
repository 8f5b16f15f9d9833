package cn.aode.servicedesk.visit.plan;

import java.util.List;

import cn.aode.servicedesk.visit.customer.CustomerAppointment;
import cn.aode.servicedesk.visit.customer.CustomerComplaint;
import cn.aode.servicedesk.visit.customer.CustomerProfile;

/**
 * What the visitor prepares before a visit (回访准备, VST-7): the customer's basic data and
 * contacts as the CRM last sent them (null when visit-service has not heard of the
 * customer), their specialist, their contact windows as read, and their service history —
 * complaints, appointments and earlier visits, latest first — all from local projections.
 */
public record PreparationPack(VisitPlan plan, CustomerProfile customer, String specialist,
		ContactWindows contactWindows, List<CustomerComplaint> complaints, List<CustomerAppointment> appointments,
		List<VisitPlan> earlierVisits) {

}
