/** Kafka listeners of the staff record. */
package cn.aode.servicedesk.specialist.staff.messaging;
