/**
 * Who is each customer's specialist, kept locally from specialist-service's events so an
 * accepted appointment is served by the customer's own specialist by default (APT-6).
 */
package cn.aode.servicedesk.appointment.specialist;
