package cn.aode.servicedesk.visit.customer.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.aode.servicedesk.events.Topics;
import cn.aode.servicedesk.events.appointment.AppointmentAccepted;
import cn.aode.servicedesk.events.appointment.AppointmentCancelled;
import cn.aode.servicedesk.events.appointment.AppointmentCompleted;
import cn.aode.servicedesk.events.appointment.AppointmentGaveUp;
import cn.aode.servicedesk.events.appointment.AppointmentRescheduled;
import cn.aode.servicedesk.events.complaint.ComplaintAccepted;
import cn.aode.servicedesk.events.complaint.ComplaintResolved;
import cn.aode.servicedesk.events.customer.CustomerUpserted;
import cn.aode.servicedesk.events.customer.SpecialistAssigned;
import cn.aode.servicedesk.events.customer.SpecialistAssignmentEnded;
import cn.aode.servicedesk.platform.inbox.InboundEvents;
import cn.aode.servicedesk.platform.projection.CustomerSpecialists;
import cn.aode.servicedesk.visit.customer.CustomerAppointment;
import cn.aode.servicedesk.visit.customer.Customers;

/**
 * Applies customers, their specialists, complaints and appointments to the local
 * projection, once each, in consumer groups of their own (planning reads the same
 * topics).
 */
@Component
class CustomerProjectionListener {

	private static final String CONSUMER = "customer-projection";

	private final InboundEvents inbound;

	private final Customers customers;

	private final CustomerSpecialists specialists;

	CustomerProjectionListener(InboundEvents inbound, Customers customers, CustomerSpecialists specialists) {
		this.inbound = inbound;
		this.customers = customers;
		this.specialists = specialists;
	}

	@KafkaListener(topics = Topics.CUSTOMER_EVENTS, groupId = "${spring.application.name}-customer-projection")
	void onCustomer(ConsumerRecord<String, byte[]> record) {
		if (!inbound.handle(CONSUMER, record, CustomerUpserted.TYPE, CustomerUpserted.class, customers::upserted)
				&& !inbound.handle(CONSUMER, record, SpecialistAssigned.TYPE, SpecialistAssigned.class,
						specialists::assigned)) {
			inbound.handle(CONSUMER, record, SpecialistAssignmentEnded.TYPE, SpecialistAssignmentEnded.class,
					specialists::ended);
		}
	}

	@KafkaListener(topics = Topics.APPOINTMENT_EVENTS, groupId = "${spring.application.name}-customer-appointments")
	void onAppointment(ConsumerRecord<String, byte[]> record) {
		if (!inbound.handle(CONSUMER, record, AppointmentAccepted.TYPE, AppointmentAccepted.class,
				accepted -> customers.appointment(new CustomerAppointment(accepted.appointmentId(), accepted.number(),
						accepted.kind(), accepted.matter(), accepted.agreedTime(), accepted.staffId(),
						accepted.status(), null, accepted.occurredAt()), accepted.customerId()))
				&& !inbound.handle(CONSUMER, record, AppointmentRescheduled.TYPE, AppointmentRescheduled.class,
						moved -> customers.appointment(new CustomerAppointment(moved.appointmentId(), moved.number(),
								moved.kind(), moved.matter(), moved.agreedTime(), moved.staffId(), moved.status(), null,
								moved.occurredAt()), moved.customerId()))
				&& !inbound.handle(CONSUMER, record, AppointmentCompleted.TYPE, AppointmentCompleted.class,
						completed -> customers.appointment(
								new CustomerAppointment(completed.appointmentId(), completed.number(), completed.kind(),
										completed.matter(), completed.agreedTime(), completed.staffId(),
										completed.status(), completed.result(), completed.occurredAt()),
								completed.customerId()))
				&& !inbound.handle(CONSUMER, record, AppointmentCancelled.TYPE, AppointmentCancelled.class,
						cancelled -> customers.appointment(
								new CustomerAppointment(cancelled.appointmentId(), cancelled.number(), cancelled.kind(),
										cancelled.matter(), cancelled.agreedTime(), cancelled.staffId(),
										cancelled.status(), cancelled.cancellationReason(), cancelled.occurredAt()),
								cancelled.customerId()))) {
			inbound.handle(CONSUMER, record, AppointmentGaveUp.TYPE, AppointmentGaveUp.class,
					gaveUp -> customers.appointment(new CustomerAppointment(gaveUp.appointmentId(), gaveUp.number(),
							gaveUp.kind(), gaveUp.matter(), gaveUp.agreedTime(), gaveUp.staffId(), gaveUp.status(),
							null, gaveUp.occurredAt()), gaveUp.customerId()));
		}
	}

	@KafkaListener(topics = Topics.COMPLAINT_EVENTS, groupId = "${spring.application.name}-customer-complaints")
	void onComplaint(ConsumerRecord<String, byte[]> record) {
		if (!inbound.handle(CONSUMER, record, ComplaintAccepted.TYPE, ComplaintAccepted.class,
				customers::complaintAccepted)) {
			inbound.handle(CONSUMER, record, ComplaintResolved.TYPE, ComplaintResolved.class,
					customers::complaintResolved);
		}
	}

}
