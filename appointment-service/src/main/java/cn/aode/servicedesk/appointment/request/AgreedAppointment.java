package cn.aode.servicedesk.appointment.request;

import java.time.Instant;

/**
 * What an accepted request fixes (APT-6): time and place, and the staff member who serves
 * it, standing in for the customer's specialist or not.
 */
record AgreedAppointment(Instant agreedTime, String place, String staffId, Boolean substitute) {

}
