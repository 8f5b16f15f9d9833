/**
 * appointment-service owns hall appointments (预约) and home visits (上门): requests, replies
 * within one working day, scheduling, arrivals, no-shows and registration forms (APT).
 */
package cn.aode.servicedesk.appointment;
