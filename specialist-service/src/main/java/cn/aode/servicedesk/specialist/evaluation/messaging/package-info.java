/** Kafka listeners feeding the annual evaluation: deadline results and return visits. */
package cn.aode.servicedesk.specialist.evaluation.messaging;
