/**
 * Reminders of accepted appointments: {@code appointment.reminder-due} a configured time
 * before each one (a day and an hour by default), sent once per reminder however many
 * instances scan for them.
 */
package cn.aode.servicedesk.appointment.reminder;
