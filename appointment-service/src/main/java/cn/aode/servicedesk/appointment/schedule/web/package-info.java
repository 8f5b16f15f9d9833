/** REST API of the staff schedule: a staff member's free and busy spans of a day. */
package cn.aode.servicedesk.appointment.schedule.web;
