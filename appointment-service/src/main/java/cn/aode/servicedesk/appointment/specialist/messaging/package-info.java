/** Kafka listeners that keep the customers' specialists up to date. */
package cn.aode.servicedesk.appointment.specialist.messaging;
