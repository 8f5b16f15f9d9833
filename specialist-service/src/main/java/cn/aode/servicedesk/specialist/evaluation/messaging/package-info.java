/** Kafka listener feeding the annual evaluation. */
package cn.aode.servicedesk.specialist.evaluation.messaging;
