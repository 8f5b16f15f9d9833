/**
 * Kafka listeners of appointment requests: when their answers are due, and the complaints
 * about them.
 */
package cn.aode.servicedesk.appointment.request.messaging;
