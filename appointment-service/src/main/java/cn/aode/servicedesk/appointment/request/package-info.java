/**
 * Appointment requests (预约申请): received by phone, WeChat or in person, answered by the
 * service center within one working day (APT-5) — accepted with a time, place and staff
 * member (APT-6) or refused with the general manager's approval (APT-7).
 */
package cn.aode.servicedesk.appointment.request;
