/** Kafka listener marking breached need parts. */
package cn.aode.servicedesk.specialist.need.messaging;
