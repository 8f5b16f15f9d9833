/** Kafka listeners of visit-service. */
package cn.aode.servicedesk.visit.plan.messaging;
