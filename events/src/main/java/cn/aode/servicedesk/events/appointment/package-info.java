/**
 * Events of appointment-service's hall appointments and home visits (预约上门, APT),
 * published on {@code appointment-events}, keyed by appointment id: what other areas
 * project into a customer's service history, and the reminders due before an appointment.
 */
package cn.aode.servicedesk.events.appointment;
