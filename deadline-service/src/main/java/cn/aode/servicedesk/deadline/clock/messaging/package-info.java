/** Kafka listeners of deadline-service. */
package cn.aode.servicedesk.deadline.clock.messaging;
