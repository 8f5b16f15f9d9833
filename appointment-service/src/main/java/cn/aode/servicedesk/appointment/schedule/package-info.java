/**
 * The staff schedule (排班) of accepted appointments (APT-6): the time span each one holds
 * for its staff member, never two overlapping for one staff member (a PostgreSQL
 * exclusion constraint), the hall's capacity per slot, and who of the service center is
 * free when.
 */
package cn.aode.servicedesk.appointment.schedule;
