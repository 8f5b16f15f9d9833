/** Kafka listeners of appointment requests: when their answers are due. */
package cn.aode.servicedesk.appointment.request.messaging;
